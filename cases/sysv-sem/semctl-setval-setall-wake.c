/*
 * SETVAL and SETALL wake blocked semop() calls that the new values let
 * proceed: a decrement and a wait-for-zero.
 *
 * Ref: semctl(2) SETVAL, SETALL ("If the changes to semaphore values would
 * permit blocked semop(2) calls in other processes to proceed, then those
 * processes are woken up").
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SETVAL and SETALL wake the blocked semop calls the new values let proceed",
          .ref = "semctl(2) SETVAL, SETALL", .tags = "semctl,blocking");

static int semid;

static void take(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, -2, 0));
}

static void wait_zero(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(ipcs_semop1(semid, 1, 0, 0));
}

IPCS_TEST(setval_wakes_decrement)
{
	semid = ipcs_sem_new(2);
	pid_t pid = ipcs_spawn(take, NULL);
	IPCS_WAIT_SEMNCNT(semid, 0, 1);
	IPCS_WAIT_IN_SEMOP(pid);
	IPCS_ASSERT_OK(semctl(semid, 0, SETVAL, (union ipcs_semun){.val = 1}));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETNCNT), 1); /* 1 is not enough */
	IPCS_ASSERT_OK(semctl(semid, 0, SETVAL, (union ipcs_semun){.val = 5}));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 3);
}

IPCS_TEST(setval_wakes_wait_for_zero)
{
	semid = ipcs_sem_new(2);
	ipcs_sem_setval(semid, 1, 4);
	pid_t pid = ipcs_spawn(wait_zero, NULL);
	IPCS_WAIT_SEMZCNT(semid, 1, 1);
	IPCS_WAIT_IN_SEMOP(pid);
	IPCS_ASSERT_OK(semctl(semid, 1, SETVAL, (union ipcs_semun){.val = 0}));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_TEST(setall_wakes_both)
{
	semid = ipcs_sem_new(2);
	ipcs_sem_setval(semid, 1, 4);
	pid_t a = ipcs_spawn(take, NULL);
	pid_t b = ipcs_spawn(wait_zero, NULL);
	IPCS_WAIT_SEMNCNT(semid, 0, 1);
	IPCS_WAIT_SEMZCNT(semid, 1, 1);
	IPCS_WAIT_IN_SEMOP(a);
	IPCS_WAIT_IN_SEMOP(b);
	unsigned short vals[2] = {2, 0};
	IPCS_ASSERT_OK(semctl(semid, 0, SETALL, (union ipcs_semun){.array = vals}));
	IPCS_EXPECT_CHILD_EXIT(a, 0);
	IPCS_EXPECT_CHILD_EXIT(b, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_MAIN(setval_wakes_decrement, setval_wakes_wait_for_zero, setall_wakes_both)
