/*
 * With IPC_NOWAIT, a decrement larger than semval and a wait-for-zero on a
 * nonzero value fail at once with EAGAIN, leaving the value and the wait
 * counts unchanged.
 *
 * Ref: semop(2) DESCRIPTION ("Otherwise, if IPC_NOWAIT is specified in
 * sem_flg, semop() fails with errno set to EAGAIN (and none of the operations
 * in sops is performed)"), ERRORS EAGAIN; POSIX.1-2017 semop.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "semop with IPC_NOWAIT fails with EAGAIN instead of waiting, for a decrement "
                      "and for a wait-for-zero",
          .ref = "semop(2) DESCRIPTION, ERRORS EAGAIN; POSIX.1-2017 semop",
          .tags = "semop,ipc-nowait,errno");

IPCS_TEST(decrement_too_large_eagain)
{
	int semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 1);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, -2, IPC_NOWAIT), EAGAIN);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETNCNT), 0);
}

IPCS_TEST(wait_for_zero_on_nonzero_eagain)
{
	int semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 1);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, 0, IPC_NOWAIT), EAGAIN);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETZCNT), 0);
}

/* On a value that already is 0, a wait-for-zero proceeds at once. */
IPCS_TEST(wait_for_zero_on_zero_proceeds)
{
	int semid = ipcs_sem_new(1);
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, 0, IPC_NOWAIT));
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, 0, 0));
}

IPCS_MAIN(decrement_too_large_eagain, wait_for_zero_on_nonzero_eagain,
          wait_for_zero_on_zero_proceeds)
