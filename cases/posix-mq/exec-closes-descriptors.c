/*
 * A process's queue descriptors are closed by execve(): after the exec the
 * descriptor is no longer open in the process.
 *
 * Ref: POSIX.1-2017 exec ("All open message queue descriptors in the calling
 * process shall be closed, as described in mq_close()"); mq_overview(7)
 * ("The close-on-exec flag (see open(2)) is automatically set on the file
 * descriptor returned by mq_open(2)"); execve(2) Effect on process
 * attributes ("Any open message queue descriptors are closed"). Observed
 * through /proc/<pid>/fd of the exec'd process, since on Linux the
 * descriptor is a file descriptor; a copy made without close-on-exec is
 * the control that proves the view shows what survives the exec.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "execve closes the process's message queue descriptors",
          .ref = "POSIX.1-2017 exec; execve(2); mq_overview(7)", .features = "mq_open",
          .tags = "exec,lifetime");

static int feed[2];

static void exec_child(void *arg)
{
	(void)arg;
	close(feed[1]);
	ipcs_exec_reader(feed[0]);
}

/* What /proc/<pid>/fd/<fd> of another process shows: 1 open on the queue,
 * 0 not open (ENOENT) or open on something else; any other failure to look
 * ends the test broken, never a pass. */
static int open_on_queue(pid_t pid, int fd, const struct stat *queue)
{
	char path[64];
	struct stat st;
	snprintf(path, sizeof path, "/proc/%d/fd/%d", (int)pid, fd);
	if (stat(path, &st) == -1) {
		if (errno == ENOENT)
			return 0;
		IPCS_BROKEN_ERRNO("stat(%s)", path);
	}
	return st.st_dev == queue->st_dev && st.st_ino == queue->st_ino;
}

IPCS_TEST(descriptor_closed_by_exec)
{
	char name[IPCS_MQ_NAME_MAX], path[64], cmd[256];
	/* Descriptors 0-2 taken, so the queue's is none the exec helper
	 * replaces itself (it moves the pipe to 0). */
	while (fcntl(STDIN_FILENO, F_GETFD) == -1 || fcntl(STDOUT_FILENO, F_GETFD) == -1 ||
	       fcntl(STDERR_FILENO, F_GETFD) == -1)
		IPCS_SAFE(open("/dev/null", O_RDWR | O_CLOEXEC));
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	/* Control: a copy of the descriptor without close-on-exec, which the
	 * exec'd image must still show open on the queue. */
	int kept = (int)IPCS_SAFE(fcntl((int)q, F_DUPFD, 10));
	IPCS_SAFE(pipe(feed));
	struct stat queue;
	IPCS_SAFE(fstat((int)q, &queue));

	pid_t pid = ipcs_spawn(exec_child, NULL);
	IPCS_WAIT_IN(pid, "read");
	close(feed[0]);
	/* Setup checks: the child is the new image, and its descriptors can be
	 * seen from here. */
	snprintf(path, sizeof path, "/proc/%d/cmdline", (int)pid);
	int fd = (int)IPCS_SAFE(open(path, O_RDONLY | O_CLOEXEC));
	ssize_t n = IPCS_SAFE(read(fd, cmd, sizeof cmd - 1));
	close(fd);
	cmd[n] = '\0';
	const char *arg1 = cmd + strlen(cmd) + 1; /* argv[1] */
	if (arg1 >= cmd + n || strcmp(arg1, "--ipcs-exec-reader") != 0)
		IPCS_BROKEN("child %d is not the exec'd image (cmdline %s)", (int)pid, cmd);
	if (open_on_queue(pid, kept, &queue) != 1)
		IPCS_BROKEN("the descriptor without close-on-exec is not seen open on the queue in "
		            "/proc/%d/fd after the exec",
		            (int)pid);

	/* The descriptor mq_open returned: gone, or reused for another file. */
	IPCS_EXPECT_EQ(open_on_queue(pid, (int)q, &queue), 0);
	close(feed[1]);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(descriptor_closed_by_exec)
