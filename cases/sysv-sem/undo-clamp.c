/*
 * When applying a process's semadj at exit would take a semaphore below 0,
 * Linux sets it to 0; when it would take it above SEMVMX, Linux sets it to
 * SEMVMX. Termination is not delayed either way.
 *
 * Ref: semop(2) BUGS ("Linux adopts a third approach: decreasing the
 * semaphore value as far as possible (i.e., to zero) and allowing process
 * termination to proceed immediately"); ipc/sem.c exit_sem() ("Linux caps
 * the semaphore value, both at 0 and at SEMVMX"; the page names only 0).
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "undo at exit clamps the value at 0 (and, per the kernel, at SEMVMX) "
                      "instead of blocking",
          .ref = "semop(2) BUGS; ipc/sem.c exit_sem()", .tags = "sem-undo,limits");

static int semid;

static void operate(void *arg)
{
	short op = (short)(long)arg;
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, op, SEM_UNDO));
	IPCS_EXPECT_OK(ipcs_semop1(semid, 1, 0, 0));
}

static pid_t run_child(int initial, short op)
{
	semid = ipcs_sem_new(2);
	unsigned short init[2] = {(unsigned short)initial, 1};
	ipcs_sem_setall(semid, init);
	pid_t pid = ipcs_spawn(operate, (void *)(long)op);
	IPCS_WAIT_SEMZCNT(semid, 1, 1);
	return pid;
}

IPCS_TEST(clamped_at_zero)
{
	pid_t pid = run_child(0, 5);                  /* value 5, child's adj -5 */
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, -4, 0)); /* value 1 */
	IPCS_ASSERT_OK(ipcs_semop1(semid, 1, -1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0); /* 1 - 5 clamped */
}

IPCS_TEST(clamped_at_semvmx)
{
	pid_t pid = run_child(10, -5);                       /* value 5, adj +5 */
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 32767 - 5, 0)); /* value SEMVMX */
	IPCS_ASSERT_OK(ipcs_semop1(semid, 1, -1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 32767);
}

IPCS_MAIN(clamped_at_zero, clamped_at_semvmx)
