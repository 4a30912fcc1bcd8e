/*
 * sem_open() without O_CREAT on a name that names no semaphore fails with
 * ENOENT; so does it on a name that was unlinked.
 *
 * Ref: sem_open(3) ERRORS ("ENOENT The O_CREAT flag was not specified in
 * oflag and no semaphore with this name exists"); POSIX.1-2017 sem_open
 * ERRORS ("shall fail if: [ENOENT] O_CREAT is not set and the named semaphore
 * does not exist").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_open without O_CREAT of a name that does not exist fails with ENOENT",
          .ref = "sem_open(3) ERRORS ENOENT; POSIX.1-2017 sem_open", .tags = "named");

IPCS_TEST(never_created_enoent)
{
	char name[IPCS_PNAME_SIZE];
	ipcs_unique_name(name, sizeof name, "absent");
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, name, 0, 0, 0), ENOENT);
}

IPCS_TEST(unlinked_enoent)
{
	char name[IPCS_PNAME_SIZE];
	ipcs_psem_create(name, 0600, 0);
	ipcs_psem_unlink(name);
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, name, 0, 0, 0), ENOENT);
}

IPCS_MAIN(never_created_enoent, unlinked_enoent)
