/*
 * A semop() decrement asleep on a set that is removed fails with EIDRM.
 *
 * Ref: semop(2) DESCRIPTION ("The semaphore set is removed from the system:
 * semop() fails, with errno set to EIDRM"), ERRORS EIDRM; semctl(2) IPC_RMID
 * ("awakening all processes blocked in semop(2) calls on the set (with an
 * error return and errno set to EIDRM)").
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a blocked semop decrement fails with EIDRM when the set is removed",
          .ref = "semop(2) DESCRIPTION, ERRORS EIDRM; semctl(2) IPC_RMID",
          .tags = "semop,decrement,blocking,removal");

static int semid;

static void waiter(void *arg)
{
	(void)arg;
	struct sembuf ops[2] = {{0, -1, 0}, {1, -1, SEM_UNDO}};
	IPCS_EXPECT_ERRNO(semop(semid, ops, (size_t)(arg ? 2 : 1)), EIDRM);
}

IPCS_TEST(removal_wakes_decrement_with_eidrm)
{
	semid = ipcs_sem_new(2);
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_WAIT_SEMNCNT(semid, 0, 1);
	IPCS_WAIT_IN_SEMOP(pid);
	if (IPCS_EXPECT_OK(semctl(semid, 0, IPC_RMID)))
		ipcs_untrack(IPCS_OBJ_SEM, semid, NULL);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

/* A multi-operation call with SEM_UNDO, blocked on its first operation. */
IPCS_TEST(removal_wakes_multi_op_with_eidrm)
{
	semid = ipcs_sem_new(2);
	pid_t pid = ipcs_spawn(waiter, "multi");
	IPCS_WAIT_SEMNCNT(semid, 0, 1);
	IPCS_WAIT_IN_SEMOP(pid);
	if (IPCS_EXPECT_OK(semctl(semid, 0, IPC_RMID)))
		ipcs_untrack(IPCS_OBJ_SEM, semid, NULL);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(removal_wakes_decrement_with_eidrm, removal_wakes_multi_op_with_eidrm)
