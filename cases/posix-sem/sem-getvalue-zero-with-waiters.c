/*
 * While processes are blocked in sem_wait() on a semaphore, sem_getvalue()
 * reports 0 on Linux, not minus the number of waiters.
 *
 * Ref: sem_getvalue(3) DESCRIPTION ("If one or more processes or threads are
 * blocked waiting to lock the semaphore with sem_wait(3), POSIX.1 permits two
 * possibilities for the value returned in sval: either 0 is returned; or a
 * negative number whose absolute value is the count of the number of
 * processes and threads currently blocked in sem_wait(3). Linux adopts the
 * former behavior").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "sem_getvalue reports 0, not a negative count, while waiters are blocked",
          .ref = "sem_getvalue(3) DESCRIPTION; POSIX.1-2017 sem_getvalue",
          .tags = "getvalue,blocking");

static sem_t *sem;

static void waiter(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(sem_wait(sem));
}

IPCS_TEST(zero_with_two_waiters)
{
	sem = ipcs_psem_shared(0);
	pid_t a = ipcs_spawn(waiter, NULL), b = ipcs_spawn(waiter, NULL);
	IPCS_WAIT_IN(a, "futex");
	IPCS_WAIT_IN(b, "futex");
	IPCS_EXPECT_SEM_VALUE(sem, 0);
	IPCS_SAFE(sem_post(sem));
	IPCS_SAFE(sem_post(sem));
	IPCS_EXPECT_CHILD_EXIT(a, 0);
	IPCS_EXPECT_CHILD_EXIT(b, 0);
	IPCS_EXPECT_SEM_VALUE(sem, 0);
}

IPCS_MAIN(zero_with_two_waiters)
