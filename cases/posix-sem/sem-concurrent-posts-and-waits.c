/*
 * Concurrent sem_post() and sem_wait() from several processes on one
 * process-shared semaphore lose nothing: every post is counted once and every
 * wait takes exactly one.
 *
 * Ref: sem_post(3) DESCRIPTION ("sem_post() increments (unlocks) the
 * semaphore"); sem_wait(3) DESCRIPTION ("sem_wait() decrements (locks) the
 * semaphore"); POSIX.1-2017 sem_post ("shall unlock the semaphore ... by
 * performing a semaphore unlock operation"), sem_wait ("shall lock the
 * semaphore ... by performing a semaphore lock operation").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "concurrent posts and waits from several processes lose no count",
          .ref = "sem_post(3), sem_wait(3); POSIX.1-2017 sem_post, sem_wait",
          .tags = "post,blocking,concurrency");

#define PER_CHILD 5000
static sem_t *sem;

static void poster(void *arg)
{
	(void)arg;
	for (int i = 0; i < PER_CHILD; i++)
		IPCS_ASSERT_OK(sem_post(sem));
}

static void taker(void *arg)
{
	(void)arg;
	for (int i = 0; i < PER_CHILD; i++)
		IPCS_ASSERT_OK(sem_wait(sem));
}

IPCS_TEST(posts_only_all_counted)
{
	pid_t pids[4];
	sem = ipcs_psem_shared(0);
	for (int i = 0; i < 4; i++)
		pids[i] = ipcs_spawn(poster, NULL);
	for (int i = 0; i < 4; i++)
		IPCS_EXPECT_CHILD_EXIT(pids[i], 0);
	IPCS_EXPECT_SEM_VALUE(sem, 4 * PER_CHILD);
}

IPCS_TEST(posts_and_waits_balance)
{
	pid_t pids[4];
	sem = ipcs_psem_shared(0);
	pids[0] = ipcs_spawn(taker, NULL);
	pids[1] = ipcs_spawn(poster, NULL);
	pids[2] = ipcs_spawn(taker, NULL);
	pids[3] = ipcs_spawn(poster, NULL);
	for (int i = 0; i < 4; i++)
		IPCS_EXPECT_CHILD_EXIT(pids[i], 0);
	IPCS_EXPECT_SEM_VALUE(sem, 0);
	IPCS_EXPECT_ERRNO(sem_trywait(sem), EAGAIN);
}

IPCS_MAIN(posts_only_all_counted, posts_and_waits_balance)
