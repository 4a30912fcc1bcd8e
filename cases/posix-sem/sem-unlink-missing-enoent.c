/*
 * sem_unlink() of a name that names no semaphore fails with ENOENT.
 *
 * Ref: sem_unlink(3) ERRORS ("ENOENT There is no semaphore with the given
 * name"); POSIX.1-2017 sem_unlink ERRORS ("shall fail if: [ENOENT] The named
 * semaphore does not exist").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_unlink of a name that does not exist fails with ENOENT",
          .ref = "sem_unlink(3) ERRORS ENOENT; POSIX.1-2017 sem_unlink", .tags = "named,unlink");

IPCS_TEST(never_created_enoent)
{
	char name[IPCS_PNAME_SIZE];
	ipcs_unique_name(name, sizeof name, "absent");
	IPCS_EXPECT_ERRNO(sem_unlink(name), ENOENT);
}

IPCS_TEST(second_unlink_enoent)
{
	char name[IPCS_PNAME_SIZE];
	ipcs_psem_create(name, 0600, 0);
	ipcs_psem_unlink(name);
	IPCS_EXPECT_ERRNO(sem_unlink(name), ENOENT);
}

IPCS_MAIN(never_created_enoent, second_unlink_enoent)
