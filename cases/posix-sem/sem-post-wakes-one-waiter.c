/*
 * With several processes blocked in sem_wait() on a semaphore at 0, each
 * sem_post() lets exactly one of them return; the others stay blocked until
 * their own post.
 *
 * Ref: sem_post(3) DESCRIPTION ("If the semaphore's value consequently
 * becomes greater than zero, then another process or thread blocked in a
 * sem_wait(3) call will be woken up and proceed to lock the semaphore");
 * POSIX.1-2017 sem_post ("If the semaphore value resulting from this
 * operation is zero, then one of the threads blocked waiting for the
 * semaphore shall be allowed to return successfully from its call to
 * sem_wait()").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "each sem_post releases exactly one of several blocked waiters",
          .ref = "sem_post(3) DESCRIPTION; POSIX.1-2017 sem_post", .tags = "post,blocking");

#define WAITERS 3

struct shared {
	sem_t sem;
	volatile int returned[WAITERS]; /* set by waiter i once its sem_wait returned */
};
static struct shared *sh;
static int expected_returns;

static void waiter(void *arg)
{
	int i = (int)(intptr_t)arg;
	IPCS_EXPECT_OK(sem_wait(&sh->sem));
	sh->returned[i] = 1;
}

static int returns(void)
{
	int n = 0;
	for (int i = 0; i < WAITERS; i++)
		n += sh->returned[i];
	return n;
}

static bool returns_reached(void *arg)
{
	(void)arg;
	return returns() >= expected_returns;
}

IPCS_TEST(one_return_per_post)
{
	pid_t pids[WAITERS];
	sh = (void *)ipcs_map_anon(sizeof *sh, PROT_READ | PROT_WRITE, MAP_SHARED);
	IPCS_SAFE(sem_init(&sh->sem, 1, 0));
	for (int i = 0; i < WAITERS; i++)
		pids[i] = ipcs_spawn(waiter, (void *)(intptr_t)i);
	for (int i = 0; i < WAITERS; i++)
		IPCS_WAIT_IN(pids[i], "futex");

	for (int posts = 1; posts <= WAITERS; posts++) {
		IPCS_SAFE(sem_post(&sh->sem));
		expected_returns = posts;
		IPCS_EXPECT_EVENTUALLY(returns_reached, NULL, "a waiter to return from sem_wait");
		/* The others are asleep in sem_wait, so nothing more can return
		 * without a post: count once more. */
		for (int i = 0; i < WAITERS; i++)
			if (!sh->returned[i])
				IPCS_EXPECT_BLOCKED_IN(pids[i], "futex");
		IPCS_EXPECT_EQ(returns(), posts);
		IPCS_EXPECT_SEM_VALUE(&sh->sem, 0);
	}
	for (int i = 0; i < WAITERS; i++)
		IPCS_EXPECT_CHILD_EXIT(pids[i], 0);
}

IPCS_MAIN(one_return_per_post)
