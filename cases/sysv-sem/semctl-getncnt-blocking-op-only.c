/*
 * A process blocked in a multi-operation semop() is counted by GETNCNT or
 * GETZCNT only on the semaphore of the first operation that cannot proceed,
 * not on the other semaphores of the call (since Linux 3.16, as SUSv4 says).
 *
 * Ref: semctl(2) GETNCNT, GETZCNT; POSIX.1-2017 semctl/semop (semncnt:
 * processes "waiting for semval to become greater than its current value");
 * ipc/sem.c count_semcnt() ("a task waits only on the semaphore of the first
 * semop that cannot proceed"), check_qop().
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "GETNCNT/GETZCNT count a blocked multi-operation semop only on the semaphore "
                      "it is blocked on",
          .ref = "semctl(2) GETNCNT, GETZCNT; ipc/sem.c count_semcnt()", .min_kernel = "3.16",
          .tags = "semctl,counts,blocking");

static int semid;

static void multi(void *arg)
{
	(void)arg;
	/* sem 0: -1 possible; sem 1: wait-for-zero blocks; sem 2: -1 would block too */
	struct sembuf ops[3] = {{0, -1, 0}, {1, 0, 0}, {2, -1, 0}};
	IPCS_EXPECT_OK(semop(semid, ops, 3));
}

IPCS_TEST(counted_on_the_blocking_semaphore)
{
	semid = ipcs_sem_new(3);
	unsigned short init[3] = {1, 1, 0};
	ipcs_sem_setall(semid, init);
	pid_t pid = ipcs_spawn(multi, NULL);
	IPCS_EXPECT_SEMZCNT(semid, 1, 1);
	IPCS_WAIT_IN_SEMOP(pid);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETNCNT), 0);
	IPCS_EXPECT_EQ(semctl(semid, 2, GETNCNT), 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETZCNT), 0);
	/* Once sem 1 is 0 it blocks on sem 2, and is counted there. */
	IPCS_ASSERT_OK(ipcs_semop1(semid, 1, -1, 0));
	IPCS_EXPECT_SEMNCNT(semid, 2, 1);
	IPCS_EXPECT_EQ(semctl(semid, 1, GETZCNT), 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETNCNT), 0);
	IPCS_ASSERT_OK(ipcs_semop1(semid, 2, 1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_MAIN(counted_on_the_blocking_semaphore)
