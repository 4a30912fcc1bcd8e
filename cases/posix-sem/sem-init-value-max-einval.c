/*
 * sem_init() with a value greater than SEM_VALUE_MAX fails with EINVAL;
 * SEM_VALUE_MAX itself is accepted and is the value reported.
 *
 * Ref: sem_init(3) ERRORS ("EINVAL value exceeds SEM_VALUE_MAX");
 * POSIX.1-2017 sem_init ERRORS ("The sem_init() function shall fail if:
 * [EINVAL] The value argument exceeds {SEM_VALUE_MAX}").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_init above SEM_VALUE_MAX fails with EINVAL; SEM_VALUE_MAX is accepted",
          .ref = "sem_init(3) ERRORS EINVAL; POSIX.1-2017 sem_init", .tags = "unnamed,limits");

IPCS_TEST(above_max_einval)
{
	sem_t sem;
	IPCS_EXPECT_ERRNO(sem_init(&sem, 0, (unsigned)SEM_VALUE_MAX + 1u), EINVAL);
	IPCS_EXPECT_ERRNO(sem_init(&sem, 1, (unsigned)SEM_VALUE_MAX + 1u), EINVAL);
	IPCS_EXPECT_ERRNO(sem_init(&sem, 0, UINT_MAX), EINVAL);
}

IPCS_TEST(max_accepted)
{
	sem_t sem;
	IPCS_ASSERT_OK(sem_init(&sem, 0, SEM_VALUE_MAX));
	IPCS_EXPECT_SEM_VALUE(&sem, SEM_VALUE_MAX);
}

IPCS_MAIN(above_max_einval, max_accepted)
