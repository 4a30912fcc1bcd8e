/*
 * Record locks are preserved across execve(): after the child has exec'd a
 * new image (which keeps the descriptor open), another process still sees
 * the lock held by the child's pid. Closing the descriptor at exec
 * (O_CLOEXEC) releases it, as any close does.
 *
 * Ref: fcntl(2) Advisory record locking ("Record locks are not inherited by a
 * child created via fork(2), but are preserved across an execve(2)"; "If a
 * process closes any file descriptor referring to a file, then all of the
 * process's locks on that file are released").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "record locks survive execve; an O_CLOEXEC descriptor's close at exec "
                      "drops them",
          .ref = "fcntl(2) Advisory record locking", .tags = "fcntl,lifetime,exec");

static char path[256];

/* The child locks 0..9 through fd opened with open_flags, then execs a reader
 * of the pipe; returns its pid once it sits in read() in the new image. */
static pid_t locked_exec_child(int open_flags, int *write_end)
{
	int p[2];
	IPCS_SAFE(pipe(p));
	pid_t pid = ipcs_fork();
	if (pid == 0) {
		close(p[1]);
		int fd = ipcs_lock_open(path, O_RDWR | open_flags);
		struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
		IPCS_SAFE(fcntl(fd, F_SETLK, &fl));
		ipcs_exec_reader(p[0]);
	}
	close(p[0]);
	*write_end = p[1];
	/* the child reads only after its exec: blocked in read means exec'd */
	IPCS_WAIT_IN(pid, "read");
	return pid;
}

IPCS_TEST(lock_kept_after_exec)
{
	ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	int w;
	pid_t pid = locked_exec_child(0, &w);
	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_FLOCK(got, F_WRLCK, 0, 10, pid);
	IPCS_SAFE(close(w));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_TEST(cloexec_descriptor_lock_dropped_at_exec)
{
	ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	int w;
	pid_t pid = locked_exec_child(O_CLOEXEC, &w);
	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_EQ(got.l_type, F_UNLCK);
	IPCS_SAFE(close(w));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(lock_kept_after_exec, cloexec_descriptor_lock_dropped_at_exec)
