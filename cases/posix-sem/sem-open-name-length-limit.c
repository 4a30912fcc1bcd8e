/*
 * A semaphore name may hold up to NAME_MAX-4 (251) characters after its
 * slash; one more fails with ENAMETOOLONG.
 *
 * Ref: sem_overview(7) ("a null-terminated string of up to NAME_MAX-4 (i.e.,
 * 251) characters consisting of an initial slash, followed by one or more
 * characters"; "This is the reason that semaphore names are limited to
 * NAME_MAX-4"); sem_open(3) ERRORS ("ENAMETOOLONG name was too long").
 */
#include <string.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a 251-character semaphore name works, a 252-character one fails with "
                      "ENAMETOOLONG",
          .ref = "sem_overview(7) Named semaphores; sem_open(3) ERRORS ENAMETOOLONG",
          .tags = "named,names,limits");

IPCS_TEST(limit_accepted)
{
	char name[NAME_MAX + 2];
	sem_t *sem = NULL;
	ipcs_unique_long_name(name, sizeof name, "len", NAME_MAX - 4);
	IPCS_EXPECT_OK(ipcs_psem_open(&sem, name, O_CREAT | O_EXCL, 0600, 0));
}

IPCS_TEST(one_over_enametoolong)
{
	char name[NAME_MAX + 2];
	ipcs_unique_long_name(name, sizeof name, "len", NAME_MAX - 3);
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, name, O_CREAT | O_EXCL, 0600, 0), ENAMETOOLONG);
}

IPCS_MAIN(limit_accepted, one_over_enametoolong)
