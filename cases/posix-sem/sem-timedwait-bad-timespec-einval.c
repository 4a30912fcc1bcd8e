/*
 * sem_timedwait() that would block, given a deadline whose tv_nsec is
 * negative or at least 1000 million, fails with EINVAL and leaves the
 * semaphore alone.
 *
 * Ref: sem_wait(3) ERRORS ("EINVAL (sem_timedwait()) The value of
 * abs_timeout.tv_nsecs is less than 0, or greater than or equal to 1000
 * million"); POSIX.1-2017 sem_timedwait ERRORS ("shall fail if: [EINVAL] The
 * process or thread would have blocked, and the abstime parameter specified a
 * nanoseconds field value less than zero or greater than or equal to 1000
 * million").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_timedwait that would block fails with EINVAL for tv_nsec outside "
                      "[0, 1e9)",
          .ref = "sem_wait(3) ERRORS EINVAL; POSIX.1-2017 sem_timedwait",
          .tags = "timedwait,timeout");

IPCS_TEST(nsec_one_billion_einval)
{
	sem_t *sem = ipcs_psem_shared(0);
	struct timespec bad = ipcs_deadline_ms(CLOCK_REALTIME, 1000);
	bad.tv_nsec = 1000000000L;
	IPCS_EXPECT_ERRNO(sem_timedwait(sem, &bad), EINVAL);
	IPCS_EXPECT_SEM_VALUE(sem, 0);
}

IPCS_TEST(nsec_negative_einval)
{
	sem_t *sem = ipcs_psem_shared(0);
	struct timespec bad = ipcs_deadline_ms(CLOCK_REALTIME, 1000);
	bad.tv_nsec = -1;
	IPCS_EXPECT_ERRNO(sem_timedwait(sem, &bad), EINVAL);
	IPCS_EXPECT_SEM_VALUE(sem, 0);
}

IPCS_MAIN(nsec_one_billion_einval, nsec_negative_einval)
