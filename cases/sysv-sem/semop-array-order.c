/*
 * The operations of one semop() call are performed in array order: an
 * increment placed before a decrement of the same semaphore lets it proceed,
 * the same pair in the other order does not; the man page's example (wait
 * for zero, then increment) works on a zero value.
 *
 * Ref: semop(2) DESCRIPTION ("The set of operations contained in sops is
 * performed in array order, and atomically"), EXAMPLES.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "the operations of one semop call are performed in array order",
          .ref = "semop(2) DESCRIPTION, EXAMPLES", .tags = "semop,atomicity");

IPCS_TEST(increment_then_decrement_proceeds)
{
	int semid = ipcs_sem_new(1);
	struct sembuf ops[2] = {{0, 1, IPC_NOWAIT}, {0, -1, IPC_NOWAIT}};
	IPCS_EXPECT_OK(semop(semid, ops, 2));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_TEST(decrement_then_increment_waits)
{
	int semid = ipcs_sem_new(1);
	struct sembuf ops[2] = {{0, -1, IPC_NOWAIT}, {0, 1, IPC_NOWAIT}};
	IPCS_EXPECT_ERRNO(semop(semid, ops, 2), EAGAIN);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_TEST(wait_for_zero_then_increment)
{
	int semid = ipcs_sem_new(1);
	struct sembuf ops[2] = {{0, 0, 0}, {0, 1, 0}};
	IPCS_EXPECT_OK(semop(semid, ops, 2));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
	ops[0].sem_flg = ops[1].sem_flg = IPC_NOWAIT;
	IPCS_EXPECT_ERRNO(semop(semid, ops, 2), EAGAIN); /* now 1: the zero wait fails */
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
}

IPCS_MAIN(increment_then_decrement_proceeds, decrement_then_increment_waits,
          wait_for_zero_then_increment)
