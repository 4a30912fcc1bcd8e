/*
 * While a multi-operation semop() is blocked on one of its operations, none
 * of its operations has taken effect (another process can take what an
 * earlier operation would have taken); once it can proceed, all of them are
 * performed together.
 *
 * Ref: semop(2) DESCRIPTION ("performed in array order, and atomically, that
 * is, the operations are performed either as a complete unit, or not at
 * all"); POSIX.1-2017 semop.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocked multi-operation semop has performed none of its operations, "
                      "and performs all of them once it can proceed",
          .ref = "semop(2) DESCRIPTION; POSIX.1-2017 semop", .tags = "semop,atomicity,blocking");

static int semid;

static void take_both(void *arg)
{
	(void)arg;
	struct sembuf ops[3] = {{0, -1, 0}, {1, -1, 0}, {2, 1, 0}};
	IPCS_EXPECT_OK(semop(semid, ops, 3));
}

IPCS_TEST(no_partial_effect_while_blocked)
{
	semid = ipcs_sem_new(3);
	unsigned short init[3] = {1, 0, 0};
	ipcs_sem_setall(semid, init);
	pid_t pid = ipcs_spawn(take_both, NULL);
	IPCS_WAIT_SEMNCNT(semid, 1, 1); /* blocked on sem 1 */
	IPCS_WAIT_IN_SEMOP(pid);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1); /* its -1 on sem 0 not done */
	IPCS_EXPECT_EQ(semctl(semid, 2, GETVAL), 0); /* nor its +1 on sem 2 */
	/* sem 0 is still there to take, and taking it keeps the child waiting */
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, -1, IPC_NOWAIT));
	IPCS_ASSERT_OK(ipcs_semop1(semid, 1, 1, 0));
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 1); /* child could not use it */
	IPCS_EXPECT_EQ(semctl(semid, 2, GETVAL), 0);
	/* both available: the child performs all three operations */
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	unsigned short now[3];
	ipcs_sem_getall(semid, now);
	IPCS_EXPECT_EQ(now[0], 0);
	IPCS_EXPECT_EQ(now[1], 0);
	IPCS_EXPECT_EQ(now[2], 1);
}

IPCS_MAIN(no_partial_effect_while_blocked)
