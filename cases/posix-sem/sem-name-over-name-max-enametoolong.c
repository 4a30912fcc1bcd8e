/*
 * sem_open() and sem_unlink() of a name longer than NAME_MAX (256 characters
 * after the slash, beyond even a file name's limit) fail with ENAMETOOLONG.
 *
 * Ref: sem_overview(7) Named semaphores ("a null-terminated string of up to
 * NAME_MAX-4 (i.e., 251) characters"); sem_open(3) ERRORS ("ENAMETOOLONG name
 * was too long"); sem_unlink(3) ERRORS ("ENAMETOOLONG name was too long").
 * sem-open-name-length-limit checks the 252-character boundary.
 */
#include <string.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "sem_open and sem_unlink of a name over NAME_MAX characters fail with "
                      "ENAMETOOLONG",
          .ref = "sem_overview(7) Named semaphores; sem_open(3), sem_unlink(3) ERRORS "
                 "ENAMETOOLONG",
          .tags = "named,names,limits");

IPCS_TEST(sem_open_enametoolong)
{
	char name[NAME_MAX + 3];
	ipcs_unique_long_name(name, sizeof name, "len", NAME_MAX + 1);
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, name, O_CREAT | O_EXCL, 0600, 0), ENAMETOOLONG);
}

IPCS_TEST(sem_unlink_enametoolong)
{
	char name[NAME_MAX + 3];
	ipcs_unique_long_name(name, sizeof name, "len", NAME_MAX + 1);
	IPCS_EXPECT_ERRNO(sem_unlink(name), ENAMETOOLONG);
}

IPCS_MAIN(sem_open_enametoolong, sem_unlink_enametoolong)
