/*
 * A semop() decrement larger than semval sleeps, counted in semncnt, until
 * another process's semop raises the value enough; then it proceeds and
 * semncnt drops back. An increment that is not enough leaves it asleep.
 *
 * Ref: semop(2) DESCRIPTION ("semncnt ... is incremented by one and the
 * thread sleeps until ... semval becomes greater than or equal to the
 * absolute value of sem_op: the operation now proceeds"); POSIX.1-2017 semop.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a semop decrement sleeps in semncnt until another process raises the "
                      "value to at least |sem_op|, then proceeds",
          .ref = "semop(2) DESCRIPTION; POSIX.1-2017 semop", .tags = "semop,decrement,blocking");

static int semid;

static void take_three(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, -3, 0));
}

IPCS_TEST(woken_by_enough_increment)
{
	semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 1);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETNCNT), 0);
	pid_t pid = ipcs_spawn(take_three, NULL);
	IPCS_EXPECT_SEMNCNT(semid, 0, 1);
	IPCS_EXPECT_BLOCKED_IN(pid, "semop");
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 1, 0)); /* 2: not enough */
	IPCS_EXPECT_EQ(semctl(semid, 0, GETNCNT), 1);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 2);
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 2, 0)); /* 4: enough */
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETNCNT), 0);
}

IPCS_MAIN(woken_by_enough_increment)
