/*
 * Operations done with SEM_UNDO are undone when the process terminates,
 * whether it exits or is killed; operations without SEM_UNDO stay.
 *
 * Ref: semop(2) DESCRIPTION ("If an operation specifies SEM_UNDO, it will be
 * automatically undone when the process terminates"), NOTES ("When a process
 * terminates, each of its per-semaphore semadj values is added to the
 * corresponding semaphore"); POSIX.1-2017 semop (SEM_UNDO, semadj).
 */
#include <signal.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "semop operations with SEM_UNDO are undone when the process terminates",
          .ref = "semop(2) DESCRIPTION, NOTES; POSIX.1-2017 semop", .tags = "sem-undo");

static int semid;

/* Semaphore 0 is under test; semaphore 1 (value 1) holds the child in a
 * wait-for-zero after its operation, so the parent can look at the value
 * while the child is alive. */
struct step {
	short op, flg;
};

static void operate_then_wait(void *arg)
{
	const struct step *s = arg;
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, s->op, s->flg));
	IPCS_EXPECT_OK(ipcs_semop1(semid, 1, 0, 0));
}

static pid_t start(int initial, struct step *s, int expect_while_alive)
{
	semid = ipcs_sem_new(2);
	unsigned short vals[2] = {(unsigned short)initial, 1};
	ipcs_sem_setall(semid, vals);
	pid_t pid = ipcs_spawn(operate_then_wait, s);
	IPCS_WAIT_SEMZCNT(semid, 1, 1);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), expect_while_alive);
	return pid;
}

static void release(void)
{
	IPCS_ASSERT_OK(ipcs_semop1(semid, 1, -1, 0));
}

IPCS_TEST(increment_undone_at_exit)
{
	struct step s = {2, SEM_UNDO};
	pid_t pid = start(0, &s, 2);
	release();
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_TEST(decrement_undone_at_exit)
{
	struct step s = {-3, SEM_UNDO};
	pid_t pid = start(5, &s, 2);
	release();
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 5);
}

IPCS_TEST(undone_when_killed)
{
	struct step s = {4, SEM_UNDO};
	pid_t pid = start(1, &s, 5);
	IPCS_SAFE(kill(pid, SIGKILL));
	IPCS_EXPECT_CHILD_SIGNAL(pid, SIGKILL);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
}

IPCS_TEST(without_sem_undo_nothing_is_undone)
{
	struct step s = {2, 0};
	pid_t pid = start(0, &s, 2);
	release();
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 2);
}

IPCS_MAIN(increment_undone_at_exit, decrement_undone_at_exit, undone_when_killed,
          without_sem_undo_nothing_is_undone)
