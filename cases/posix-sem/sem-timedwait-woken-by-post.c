/*
 * sem_timedwait() blocked at 0 returns 0, before its deadline, when another
 * process posts the semaphore; the post is consumed.
 *
 * Ref: sem_wait(3) DESCRIPTION ("sem_timedwait() is the same as sem_wait(),
 * except that abs_timeout specifies a limit on the amount of time that the
 * call should block if the decrement cannot be immediately performed");
 * POSIX.1-2017 sem_timedwait ("shall lock the semaphore referenced by sem as
 * in the sem_wait() function. However, if the semaphore cannot be locked
 * without waiting for another process or thread to unlock the semaphore by
 * performing a sem_post() function, this wait shall be terminated when the
 * specified timeout expires").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocked sem_timedwait returns 0 before its deadline when the "
                      "semaphore is posted",
          .ref = "sem_wait(3) DESCRIPTION; POSIX.1-2017 sem_timedwait",
          .tags = "timedwait,blocking");

static sem_t *sem;

static void waiter(void *arg)
{
	(void)arg;
	struct timespec far = ipcs_deadline_ms(CLOCK_REALTIME, 8000);
	int64_t start = ipcs_now_ns();
	IPCS_EXPECT_OK(sem_timedwait(sem, &far));
	IPCS_EXPECT_LT(ipcs_ms_since(start), 7000); /* woken, not timed out */
}

IPCS_TEST(post_wakes_timed_waiter)
{
	sem = ipcs_psem_shared(0);
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "futex");
	IPCS_SAFE(sem_post(sem));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_SEM_VALUE(sem, 0);
}

IPCS_MAIN(post_wakes_timed_waiter)
