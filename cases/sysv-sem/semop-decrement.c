/*
 * A semop() with sem_op < 0 proceeds at once when semval >= |sem_op|,
 * subtracting |sem_op| (down to exactly 0).
 *
 * Ref: semop(2) DESCRIPTION ("If semval is greater than or equal to the
 * absolute value of sem_op, the operation can proceed immediately: the
 * absolute value of sem_op is subtracted from semval"); POSIX.1-2017 semop.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "semop with sem_op < 0 subtracts at once when semval >= |sem_op|, down to 0",
          .ref = "semop(2) DESCRIPTION; POSIX.1-2017 semop", .tags = "semop,decrement");

IPCS_TEST(subtracts_when_enough)
{
	int semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 5);
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, -2, IPC_NOWAIT));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 3);
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, -3, IPC_NOWAIT));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_MAIN(subtracts_when_enough)
