/*
 * A process's semadj for a semaphore is the negated sum of all its SEM_UNDO
 * operations on it: several operations accumulate, operations without
 * SEM_UNDO do not count, and exit applies the total.
 *
 * Ref: semop(2) NOTES ("A semaphore adjustment (semadj) value is a
 * per-process, per-semaphore integer that is the negated sum of all
 * operations performed on a semaphore specifying the SEM_UNDO flag");
 * POSIX.1-2017 semop (semadj).
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "SEM_UNDO adjustments accumulate over several operations and exit undoes "
                      "their sum, not the operations without SEM_UNDO",
          .ref = "semop(2) NOTES; POSIX.1-2017 semop", .tags = "sem-undo");

static int semid;

static void operate(void *arg)
{
	(void)arg;
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 3, SEM_UNDO));          /* adj -3 */
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 4, SEM_UNDO));          /* adj -7 */
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, -2, SEM_UNDO));         /* adj -5 */
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 10, 0));                /* not undone */
	struct sembuf two[2] = {{0, 1, SEM_UNDO}, {1, 6, SEM_UNDO}}; /* adj -6, sem1 -6 */
	IPCS_ASSERT_OK(semop(semid, two, 2));
	IPCS_EXPECT_OK(ipcs_semop1(semid, 2, 0, 0)); /* held until the parent looks */
}

IPCS_TEST(sum_of_adjustments_undone)
{
	semid = ipcs_sem_new(3);
	unsigned short init[3] = {0, 0, 1};
	ipcs_sem_setall(semid, init);
	pid_t pid = ipcs_spawn(operate, NULL);
	IPCS_WAIT_SEMZCNT(semid, 2, 1);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 16);
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 6);
	IPCS_ASSERT_OK(ipcs_semop1(semid, 2, -1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 10);
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 0);
}

IPCS_MAIN(sum_of_adjustments_undone)
