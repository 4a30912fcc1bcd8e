/*
 * An unnamed semaphore initialised with pshared 0 is shared by the threads of
 * the process: a thread blocked in sem_wait() on it is woken by a sem_post()
 * from another thread.
 *
 * Ref: sem_init(3) DESCRIPTION ("If pshared has the value 0, then the
 * semaphore is shared between the threads of a process"); POSIX.1-2017
 * sem_init ("If the pshared argument is zero, then the semaphore is shared
 * between threads of the process; any thread in this process can use sem for
 * performing sem_wait(), sem_trywait(), sem_post(), and sem_destroy()").
 */
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a pshared-0 semaphore wakes a thread blocked in sem_wait when another "
                      "thread posts",
          .ref = "sem_init(3) DESCRIPTION; POSIX.1-2017 sem_init", .tags = "unnamed,threads");

static sem_t sem;
static volatile pid_t waiter_tid;
static int wait_result = -2;

static void *waiter(void *arg)
{
	(void)arg;
	waiter_tid = (pid_t)syscall(SYS_gettid);
	wait_result = sem_wait(&sem);
	return NULL;
}

static bool tid_known(void *arg)
{
	(void)arg;
	return waiter_tid != 0;
}

IPCS_TEST(post_from_main_thread_wakes_waiting_thread)
{
	pthread_t t;
	IPCS_SAFE(sem_init(&sem, 0, 0));
	if (pthread_create(&t, NULL, waiter, NULL) != 0)
		IPCS_BROKEN("pthread_create failed");
	IPCS_POLL(tid_known, NULL, "the waiting thread to start");
	IPCS_EXPECT_BLOCKED_IN(waiter_tid, "futex"); /* value 0: it must sleep */
	IPCS_EXPECT_OK(sem_post(&sem));
	if (pthread_join(t, NULL) != 0)
		IPCS_BROKEN("pthread_join failed");
	IPCS_EXPECT_EQ(wait_result, 0);
	IPCS_EXPECT_SEM_VALUE(&sem, 0); /* the waiter took the one post */
}

IPCS_MAIN(post_from_main_thread_wakes_waiting_thread)
