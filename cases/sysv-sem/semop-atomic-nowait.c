/*
 * A multi-operation semop() that fails because one operation cannot proceed
 * with IPC_NOWAIT performs none of its operations, including those before
 * the failing one, and changes no sempid.
 *
 * Ref: semop(2) DESCRIPTION ("the operations are performed either as a
 * complete unit, or not at all"; "fails with errno set to EAGAIN (and none of
 * the operations in sops is performed)"); POSIX.1-2017 semop.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a semop call failing with EAGAIN (IPC_NOWAIT) performs none of its "
                      "operations",
          .ref = "semop(2) DESCRIPTION; POSIX.1-2017 semop", .tags = "semop,atomicity,ipc-nowait");

IPCS_TEST(earlier_operations_not_performed)
{
	int semid = ipcs_sem_new(3);
	unsigned short init[3] = {1, 5, 0};
	ipcs_sem_setall(semid, init);
	int pid_before = ipcs_sem_getpid(semid, 0);
	/* +1 on sem 0, -5 on sem 1 (possible), -1 on sem 2 (not possible) */
	struct sembuf ops[3] = {{0, 1, 0}, {1, -5, 0}, {2, -1, IPC_NOWAIT}};
	IPCS_EXPECT_ERRNO(semop(semid, ops, 3), EAGAIN);
	unsigned short now[3];
	ipcs_sem_getall(semid, now);
	IPCS_EXPECT_EQ(now[0], 1);
	IPCS_EXPECT_EQ(now[1], 5);
	IPCS_EXPECT_EQ(now[2], 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETPID), pid_before);
}

/* The same when the operation that cannot proceed comes first. */
IPCS_TEST(later_operations_not_performed)
{
	int semid = ipcs_sem_new(2);
	struct sembuf ops[2] = {{0, -1, IPC_NOWAIT}, {1, 1, 0}};
	IPCS_EXPECT_ERRNO(semop(semid, ops, 2), EAGAIN);
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 0);
}

IPCS_MAIN(earlier_operations_not_performed, later_operations_not_performed)
