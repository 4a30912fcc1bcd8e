/*
 * sem_timedwait() on a semaphore that stays at 0 fails with ETIMEDOUT once the
 * absolute CLOCK_REALTIME deadline has passed, not before; a deadline already
 * in the past fails at once.
 *
 * Ref: sem_wait(3) DESCRIPTION ("abs_timeout ... specifies an absolute
 * timeout in seconds and nanoseconds since the Epoch ... If the timeout has
 * already expired by the time of the call, and the semaphore could not be
 * locked immediately, then sem_timedwait() fails with a timeout error (errno
 * set to ETIMEDOUT)"), ERRORS ETIMEDOUT; POSIX.1-2017 sem_timedwait ("The
 * timeout shall expire when the absolute time specified by abstime passes, as
 * measured by the clock on which timeouts are based (that is, when the value
 * of that clock equals or exceeds abstime) ... based on the CLOCK_REALTIME
 * clock").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_timedwait at 0 fails with ETIMEDOUT when the CLOCK_REALTIME "
                      "deadline passes",
          .ref = "sem_wait(3) DESCRIPTION, ERRORS ETIMEDOUT; POSIX.1-2017 sem_timedwait",
          .tags = "timedwait,timeout");

IPCS_TEST(deadline_50ms_ahead)
{
	sem_t *sem = ipcs_psem_shared(0);
	struct timespec deadline = ipcs_deadline_ms(CLOCK_REALTIME, 50);
	int64_t start = ipcs_now_ns();
	IPCS_EXPECT_ERRNO(sem_timedwait(sem, &deadline), ETIMEDOUT);
	int64_t ms = ipcs_ms_since(start);
	IPCS_EXPECT_DEADLINE_REACHED(CLOCK_REALTIME, &deadline);
	IPCS_EXPECT_LT(ms, 5000);
	IPCS_EXPECT_SEM_VALUE(sem, 0);
}

IPCS_TEST(deadline_in_the_past)
{
	sem_t *sem = ipcs_psem_shared(0);
	struct timespec past = ipcs_deadline_ms(CLOCK_REALTIME, -1000);
	int64_t start = ipcs_now_ns();
	IPCS_EXPECT_ERRNO(sem_timedwait(sem, &past), ETIMEDOUT);
	IPCS_EXPECT_LT(ipcs_ms_since(start), 2000);
}

IPCS_MAIN(deadline_50ms_ahead, deadline_in_the_past)
