/*
 * With several processes asleep on one semaphore, GETNCNT and GETZCNT count
 * each of them; an increment wakes as many decrements as it satisfies and
 * the others stay counted; a value reaching 0 wakes every wait-for-zero.
 *
 * Ref: semctl(2) GETNCNT, GETZCNT ("the number of processes waiting");
 * semop(2) DESCRIPTION (semncnt/semzcnt incremented while sleeping,
 * decremented on wake-up); POSIX.1-2017 semop, semctl.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "GETNCNT/GETZCNT count every sleeping process; an increment wakes as many "
                      "decrements as it satisfies, zero wakes all zero-waiters",
          .ref = "semctl(2) GETNCNT, GETZCNT; semop(2) DESCRIPTION; POSIX.1-2017 semop",
          .tags = "semop,blocking,counts");

static int semid;

static void take_one(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, -1, 0));
}

static void wait_zero(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, 0, 0));
}

IPCS_TEST(increment_wakes_as_many_as_it_satisfies)
{
	semid = ipcs_sem_new(1);
	pid_t pids[3];
	for (int i = 0; i < 3; i++) {
		pids[i] = ipcs_spawn(take_one, NULL);
		IPCS_EXPECT_SEMNCNT(semid, 0, i + 1);
	}
	IPCS_EXPECT_EQ(semctl(semid, 0, GETZCNT), 0);
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 2, 0));
	/* judged once settled: see ipcs_sem_settled() */
	IPCS_EXPECT_EQ(ipcs_sem_settled(semid, 0, GETVAL, 0), 0);
	IPCS_EXPECT_EQ(ipcs_sem_settled(semid, 0, GETNCNT, 1), 1);
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 1, 0));
	IPCS_EXPECT_EQ(ipcs_sem_settled(semid, 0, GETNCNT, 0), 0);
	for (int i = 0; i < 3; i++)
		IPCS_EXPECT_CHILD_EXIT(pids[i], 0);
}

IPCS_TEST(zero_wakes_every_zero_waiter)
{
	semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 1);
	pid_t pids[3];
	for (int i = 0; i < 3; i++) {
		pids[i] = ipcs_spawn(wait_zero, NULL);
		IPCS_EXPECT_SEMZCNT(semid, 0, i + 1);
	}
	IPCS_EXPECT_EQ(semctl(semid, 0, GETNCNT), 0);
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, -1, 0));
	IPCS_EXPECT_EQ(ipcs_sem_settled(semid, 0, GETZCNT, 0), 0);
	for (int i = 0; i < 3; i++)
		IPCS_EXPECT_CHILD_EXIT(pids[i], 0);
}

IPCS_MAIN(increment_wakes_as_many_as_it_satisfies, zero_wakes_every_zero_waiter)
