/*
 * A semop() with sem_op == 0 blocks while the semaphore value is nonzero and
 * returns 0 once another process makes the value 0; semzcnt counts it while
 * it waits and drops back when it wakes.
 *
 * Ref: semop(2) DESCRIPTION ("Otherwise, semzcnt ... is incremented by one and
 * the thread sleeps until ... semval becomes 0, at which time the value of
 * semzcnt is decremented"); POSIX.1-2017 semop ("When semval becomes 0").
 */
#include <sys/wait.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "semop wait-for-zero (sem_op 0) sleeps while the value is nonzero and "
                      "returns 0 once the value becomes 0",
          .ref = "semop(2) DESCRIPTION; POSIX.1-2017 semop", .tags = "wait-for-zero,blocking");

static int semid;

static void wait_for_zero(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, 0, 0));
}

IPCS_TEST(wakes_when_value_reaches_zero)
{
	semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 1);
	pid_t pid = ipcs_spawn(wait_for_zero, NULL);
	IPCS_EXPECT_SEMZCNT(semid, 0, 1);
	IPCS_EXPECT_BLOCKED_IN(pid, "semop");
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, -1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETZCNT), 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

/* A decrement that leaves the value nonzero does not end the wait: the
 * process is still asleep and counted. (Linux decides inside the decrementing
 * semop, so the count never moves; an implementation that wakes it to recheck
 * must put it back to sleep, so the count is judged once it settles.) */
IPCS_TEST(stays_asleep_until_the_value_is_zero)
{
	semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 2);
	pid_t pid = ipcs_spawn(wait_for_zero, NULL);
	IPCS_EXPECT_SEMZCNT(semid, 0, 1);
	IPCS_EXPECT_BLOCKED_IN(pid, "semop");
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, -1, 0));
	IPCS_EXPECT_EQ(ipcs_sem_settled(semid, 0, GETZCNT, 1), 1);
	IPCS_EXPECT_EQ(waitpid(pid, NULL, WNOHANG), 0); /* its semop has not returned */
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, -1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETZCNT), 0);
}

IPCS_MAIN(wakes_when_value_reaches_zero, stays_asleep_until_the_value_is_zero)
