/*
 * execve() detaches every attached segment from the process (which lives
 * on), and so does process exit: shm_nattch drops back in both cases.
 *
 * Ref: shmop(2) NOTES ("After an execve(2), all attached shared memory
 * segments are detached from the process. Upon _exit(2), all attached
 * shared memory segments are detached from the process."); POSIX.1-2017
 * exec ("Any attached shared memory segments shall be detached") and _exit.
 */
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "execve and exit detach all attached segments",
          .ref = "shmop(2) NOTES; POSIX.1-2017 exec, _exit", .tags = "attach,processes");

static int shmid;
static int hold[2];

IPCS_TEST(exec_detaches)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	IPCS_SAFE(pipe(hold));
	pid_t pid = ipcs_fork();
	if (pid == 0) {
		ipcs_shmat(shmid, NULL, 0);
		ipcs_shmat(shmid, NULL, SHM_RDONLY);
		/* The new image blocks reading the pipe: alive after exec until
		 * told. */
		close(hold[1]);
		ipcs_exec_reader(hold[0]);
	}
	close(hold[0]);
	/* Blocked in the new image's read: exec'd and alive, so not detached by
	 * exit. */
	ipcs_wait_in_(pid, "read", __FILE__, __LINE__);
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_nattch, 0); /* it had two */
	close(hold[1]);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

static void attach_and_exit(void *arg)
{
	(void)arg;
	ipcs_shmat(shmid, NULL, 0);
	ipcs_shmat(shmid, NULL, 0);
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_nattch, 2);
}

IPCS_TEST(exit_detaches)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	pid_t pid = ipcs_spawn(attach_and_exit, NULL);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	struct shmid_ds ds = ipcs_shm_stat(shmid);
	IPCS_EXPECT_EQ(ds.shm_nattch, 0);
	IPCS_EXPECT_EQ(ds.shm_lpid, pid);
	IPCS_EXPECT_NE(ds.shm_dtime, 0);
}

IPCS_MAIN(exec_detaches, exit_detaches)
