/*
 * The adjustment applied when a process terminates sets sempid of the
 * adjusted semaphores to that process's PID (Linux; POSIX has only semop set
 * it).
 *
 * Ref: semctl(2) NOTES "The sempid value" ("Linux also updates sempid for
 * SETVAL operations and semaphore adjustments"); ipc/sem.c exit_sem().
 */
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "GETPID after an undo at exit shows the exited process's PID (Linux)",
          .ref = "semctl(2) NOTES The sempid value; ipc/sem.c exit_sem()",
          .tags = "sem-undo,getpid");

static int semid;

static void operate(void *arg)
{
	(void)arg;
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 2, SEM_UNDO));
	IPCS_EXPECT_OK(ipcs_semop1(semid, 1, 0, 0));
}

IPCS_TEST(sempid_is_the_exited_process)
{
	semid = ipcs_sem_new(2);
	ipcs_sem_setval(semid, 1, 1);
	pid_t pid = ipcs_spawn(operate, NULL);
	IPCS_WAIT_SEMZCNT(semid, 1, 1);
	/* the parent now operates on sem 0, so sempid is the parent's ... */
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 1, 0));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETPID), getpid());
	IPCS_ASSERT_OK(ipcs_semop1(semid, 1, -1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	/* ... until the child's exit applies its adjustment */
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETPID), pid);
}

IPCS_MAIN(sempid_is_the_exited_process)
