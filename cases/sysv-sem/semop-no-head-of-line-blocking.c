/*
 * A waiter whose decrement cannot proceed does not hold up a later waiter
 * whose operation can: after an increment of 1, a waiter for -1 queued
 * behind a waiter for -2 proceeds, and the -2 waiter keeps sleeping.
 *
 * Ref: semop(2) DESCRIPTION (each thread "sleeps until ... semval becomes
 * greater than or equal to the absolute value of sem_op: the operation now
 * proceeds"); ipc/sem.c update_queue() (every pending operation is tried).
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a blocked semop that can proceed is woken even when an earlier waiter "
                      "still cannot (no head-of-line blocking)",
          .ref = "semop(2) DESCRIPTION; ipc/sem.c update_queue()",
          .tags = "semop,blocking,fairness");

static int semid;

static void take(void *arg)
{
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, (short)-(long)arg, 0));
}

IPCS_TEST(small_decrement_passes_large_one)
{
	semid = ipcs_sem_new(1);
	pid_t big = ipcs_spawn(take, (void *)2L);
	IPCS_WAIT_SEMNCNT(semid, 0, 1);
	IPCS_WAIT_IN_SEMOP(big);
	pid_t small = ipcs_spawn(take, (void *)1L);
	IPCS_WAIT_SEMNCNT(semid, 0, 2);
	IPCS_WAIT_IN_SEMOP(small);
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 1, 0));
	IPCS_EXPECT_CHILD_EXIT(small, 0);
	/* the -2 waiter still sleeps, counted on semaphore 0 (settled: an
	 * implementation may wake it to recheck) */
	IPCS_EXPECT_EQ(ipcs_sem_settled(semid, 0, GETNCNT, 1), 1);
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 2, 0));
	IPCS_EXPECT_CHILD_EXIT(big, 0);
}

/* The same across semaphores: a waiter on sem 1 is not held up by a
 * multi-operation waiter that also needs sem 0. */
static void take_both(void *arg)
{
	(void)arg;
	struct sembuf ops[2] = {{0, -1, 0}, {1, -1, 0}};
	IPCS_EXPECT_OK(semop(semid, ops, 2));
}

IPCS_TEST(single_passes_complex_waiter)
{
	semid = ipcs_sem_new(2);
	pid_t both = ipcs_spawn(take_both, NULL);
	IPCS_WAIT_SEMNCNT(semid, 0, 1);
	pid_t one = ipcs_spawn(take, (void *)1L);
	IPCS_WAIT_SEMNCNT(semid, 0, 2);
	IPCS_WAIT_IN_SEMOP(both);
	IPCS_WAIT_IN_SEMOP(one);
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 1, 0)); /* sem 1 still 0: only `one` can go */
	IPCS_EXPECT_CHILD_EXIT(one, 0);
	/* The complex waiter still sleeps. Which semaphore's semncnt counts it
	 * after a partial wake is not documented (Linux: the operation that
	 * blocked it on re-evaluation), so only the sleep is asserted. */
	IPCS_EXPECT_BLOCKED_IN(both, "semop");
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 0);
	struct sembuf give[2] = {{0, 1, 0}, {1, 1, 0}};
	IPCS_ASSERT_OK(semop(semid, give, 2));
	IPCS_EXPECT_CHILD_EXIT(both, 0);
}

IPCS_MAIN(small_decrement_passes_large_one, single_passes_complex_waiter)
