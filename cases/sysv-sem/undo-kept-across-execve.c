/*
 * Semaphore adjustments are kept across execve(): the new program's process
 * still holds them (execve itself undoes nothing) and they are undone when
 * it terminates.
 *
 * Ref: semop(2) NOTES ("but they are inherited across an execve(2) system
 * call"); execve(2) (attributes preserved).
 */
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SEM_UNDO adjustments survive execve and are undone when the new program "
                      "exits",
          .ref = "semop(2) NOTES; execve(2)", .tags = "sem-undo,exec");

static int semid;
static int pipefd[2];

static void operate_then_exec(void *arg)
{
	(void)arg;
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 4, SEM_UNDO));
	close(pipefd[1]);
	/* The new image blocks reading the pipe until the parent closes it. */
	ipcs_exec_reader(pipefd[0]);
}

IPCS_TEST(undone_when_exec_image_exits)
{
	semid = ipcs_sem_new(1);
	IPCS_SAFE(pipe(pipefd));
	pid_t pid = ipcs_spawn(operate_then_exec, NULL);
	close(pipefd[0]);
	/* Only the new image reads: the child blocked in read has done its
	 * execve. */
	ipcs_wait_in_(pid, "read", __FILE__, __LINE__);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 4);
	close(pipefd[1]);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_MAIN(undone_when_exec_image_exits)
