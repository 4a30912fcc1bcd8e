/*
 * A semop() with sem_op == 0 blocks while the semaphore value is nonzero and
 * returns 0 once another process makes the value 0.
 *
 * Ref: semop(2) DESCRIPTION ("If sem_op is zero ... the value of semval
 * becomes 0"); POSIX semop ("When semval becomes 0").
 */
#include "ipcsuite.h"

IPCS_CASE(.behavior = "semop wait-for-zero (sem_op 0) returns 0 once the value becomes 0",
          .ref = "semop(2) DESCRIPTION; POSIX.1-2017 semop", .tags = "wait-for-zero,blocking");

static int semid;

static void wait_for_zero(void *arg)
{
	(void)arg;
	struct sembuf op = {.sem_num = 0, .sem_op = 0, .sem_flg = 0};
	IPCS_EXPECT_OK(semop(semid, &op, 1));
}

IPCS_TEST(wakes_when_value_reaches_zero)
{
	semid = ipcs_sem_new(1);
	IPCS_SAFE(semctl(semid, 0, SETVAL, (union ipcs_semun){.val = 1}));
	pid_t pid = ipcs_spawn(wait_for_zero, NULL);
	IPCS_WAIT_SEMZCNT(semid, 0, 1);
	IPCS_WAIT_IN_SEMOP(pid);
	struct sembuf dec = {.sem_num = 0, .sem_op = -1, .sem_flg = 0};
	IPCS_ASSERT_OK(semop(semid, &dec, 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETZCNT), 0);
}

IPCS_MAIN(wakes_when_value_reaches_zero)
