/*
 * sem_clockwait() measures its absolute deadline on the clock it is given:
 * with CLOCK_MONOTONIC, a semaphore that stays at 0 fails with ETIMEDOUT once
 * that clock passes the deadline, and an available semaphore is locked.
 *
 * Ref: POSIX.1-2024 sem_clockwait ("equivalent to sem_timedwait(), except
 * that the timeout is measured against the clock specified by clock_id";
 * CLOCK_REALTIME and CLOCK_MONOTONIC shall be supported); glibc manual
 * (sem_clockwait, since glibc 2.30). The Linux man pages of this system do
 * not describe it.
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_clockwait with CLOCK_MONOTONIC times out at that clock's deadline",
          .ref = "POSIX.1-2024 sem_clockwait; glibc 2.30 sem_clockwait",
          .tags = "clockwait,timeout");

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 30))
#define HAVE_SEM_CLOCKWAIT 1
#endif

IPCS_TEST(monotonic_deadline_times_out)
{
#ifdef HAVE_SEM_CLOCKWAIT
	sem_t *sem = ipcs_psem_shared(0);
	struct timespec deadline = ipcs_deadline_ms(CLOCK_MONOTONIC, 50);
	int64_t start = ipcs_now_ns(); /* CLOCK_MONOTONIC too */
	IPCS_EXPECT_ERRNO(sem_clockwait(sem, CLOCK_MONOTONIC, &deadline), ETIMEDOUT);
	int64_t ms = ipcs_ms_since(start);
	IPCS_EXPECT_DEADLINE_REACHED(CLOCK_MONOTONIC, &deadline);
	IPCS_EXPECT_LT(ms, 5000);
	IPCS_EXPECT_SEM_VALUE(sem, 0);
#else
	IPCS_SKIP("this libc has no sem_clockwait (glibc has it since 2.30; POSIX.1-2024)");
#endif
}

IPCS_TEST(available_semaphore_locked)
{
#ifdef HAVE_SEM_CLOCKWAIT
	sem_t *sem = ipcs_psem_shared(1);
	struct timespec deadline = ipcs_deadline_ms(CLOCK_MONOTONIC, 1000);
	IPCS_EXPECT_OK(sem_clockwait(sem, CLOCK_MONOTONIC, &deadline));
	IPCS_EXPECT_SEM_VALUE(sem, 0);
#else
	IPCS_SKIP("this libc has no sem_clockwait (glibc has it since 2.30; POSIX.1-2024)");
#endif
}

IPCS_MAIN(monotonic_deadline_times_out, available_semaphore_locked)
