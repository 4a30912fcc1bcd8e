/*
 * SETVAL and SETALL clear the semadj values for the semaphores they set, in
 * every process: a process that exits afterwards undoes nothing on them.
 * SETVAL on one semaphore leaves the adjustments of the others.
 *
 * Ref: semop(2) NOTES ("When a semaphore's value is directly set using the
 * SETVAL or SETALL request to semctl(2), the corresponding semadj values in
 * all processes are cleared"); semctl(2) SETVAL, SETALL ("Undo entries are
 * cleared for altered semaphores in all processes").
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SETVAL and SETALL clear the SEM_UNDO adjustments of the semaphores they "
                      "set, in all processes",
          .ref = "semop(2) NOTES; semctl(2) SETVAL, SETALL", .tags = "sem-undo,semctl");

static int semid;

/* sems 0 and 1: +2 each with SEM_UNDO; sem 2 holds the child. */
static void operate(void *arg)
{
	(void)arg;
	struct sembuf ops[2] = {{0, 2, SEM_UNDO}, {1, 2, SEM_UNDO}};
	IPCS_ASSERT_OK(semop(semid, ops, 2));
	IPCS_EXPECT_OK(ipcs_semop1(semid, 2, 0, 0));
}

static pid_t run_child(void)
{
	semid = ipcs_sem_new(3);
	ipcs_sem_setval(semid, 2, 1);
	pid_t pid = ipcs_spawn(operate, NULL);
	IPCS_WAIT_SEMZCNT(semid, 2, 1);
	return pid;
}

IPCS_TEST(setval_clears_that_semaphore_only)
{
	pid_t pid = run_child();
	IPCS_ASSERT_OK(semctl(semid, 0, SETVAL, (union ipcs_semun){.val = 7}));
	IPCS_ASSERT_OK(ipcs_semop1(semid, 2, -1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 7); /* adj cleared */
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 0); /* adj -2 applied */
}

IPCS_TEST(setall_clears_every_semaphore)
{
	pid_t pid = run_child();
	unsigned short vals[3] = {7, 8, 0};
	IPCS_ASSERT_OK(semctl(semid, 0, SETALL, (union ipcs_semun){.array = vals}));
	IPCS_EXPECT_CHILD_EXIT(pid, 0); /* sem 2 set to 0 woke it */
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 7);
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 8);
}

IPCS_MAIN(setval_clears_that_semaphore_only, setall_clears_every_semaphore)
