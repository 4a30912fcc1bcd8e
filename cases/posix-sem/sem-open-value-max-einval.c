/*
 * sem_open() creating a semaphore with a value greater than SEM_VALUE_MAX
 * fails with EINVAL and creates nothing.
 *
 * Ref: sem_open(3) ERRORS ("EINVAL value was greater than SEM_VALUE_MAX");
 * POSIX.1-2017 sem_open ERRORS ("shall fail if: [EINVAL] ... O_CREAT was
 * specified in oflag and value was greater than {SEM_VALUE_MAX}").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_open creating with a value above SEM_VALUE_MAX fails with EINVAL",
          .ref = "sem_open(3) ERRORS EINVAL; POSIX.1-2017 sem_open", .tags = "named,limits");

IPCS_TEST(above_max_einval_nothing_created)
{
	char name[IPCS_PNAME_SIZE];
	ipcs_unique_name(name, sizeof name, "max");
	IPCS_EXPECT_ERRNO(
	    ipcs_psem_open(NULL, name, O_CREAT | O_EXCL, 0600, (unsigned)SEM_VALUE_MAX + 1u),
	    EINVAL);
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, name, 0, 0, 0), ENOENT);
}

IPCS_TEST(max_accepted)
{
	char name[IPCS_PNAME_SIZE];
	sem_t *sem = NULL;
	ipcs_unique_name(name, sizeof name, "max");
	IPCS_ASSERT_OK(ipcs_psem_open(&sem, name, O_CREAT | O_EXCL, 0600, SEM_VALUE_MAX));
	IPCS_EXPECT_SEM_VALUE(sem, SEM_VALUE_MAX);
}

IPCS_MAIN(above_max_einval_nothing_created, max_accepted)
