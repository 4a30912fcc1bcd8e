/*
 * A semop() wait-for-zero blocked on a set that is removed fails with EIDRM.
 *
 * Ref: semop(2) DESCRIPTION ("The semaphore set is removed: semop() fails,
 * with errno set to EIDRM"), ERRORS EIDRM; POSIX.1-2017 semop ("The semid is
 * removed from the system ... [EIDRM]").
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a semop wait-for-zero fails with EIDRM when the set is removed",
          .ref = "semop(2) DESCRIPTION, ERRORS EIDRM; POSIX.1-2017 semop",
          .tags = "wait-for-zero,blocking,removal");

static int semid;

static void waiter(void *arg)
{
	(void)arg;
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, 0, 0), EIDRM);
}

IPCS_TEST(removal_wakes_waiter_with_eidrm)
{
	semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 1);
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_WAIT_SEMZCNT(semid, 0, 1);
	IPCS_WAIT_IN_SEMOP(pid);
	if (IPCS_EXPECT_OK(semctl(semid, 0, IPC_RMID)))
		ipcs_untrack(IPCS_OBJ_SEM, semid, NULL);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

/* Several sleepers on the removed set are all woken with EIDRM. */
IPCS_TEST(removal_wakes_every_waiter)
{
	semid = ipcs_sem_new(3);
	unsigned short ones[3] = {1, 1, 1};
	ipcs_sem_setall(semid, ones);
	pid_t pids[3];
	for (int i = 0; i < 3; i++) {
		pids[i] = ipcs_spawn(waiter, NULL);
		IPCS_WAIT_SEMZCNT(semid, 0, i + 1);
	}
	for (int i = 0; i < 3; i++)
		IPCS_WAIT_IN_SEMOP(pids[i]);
	if (IPCS_EXPECT_OK(semctl(semid, 0, IPC_RMID)))
		ipcs_untrack(IPCS_OBJ_SEM, semid, NULL);
	for (int i = 0; i < 3; i++)
		IPCS_EXPECT_CHILD_EXIT(pids[i], 0);
}

IPCS_MAIN(removal_wakes_waiter_with_eidrm, removal_wakes_every_waiter)
