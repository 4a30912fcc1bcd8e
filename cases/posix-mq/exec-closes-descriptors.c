/*
 * A process's queue descriptors are closed by execve(): after the exec the
 * descriptor is no longer open in the process.
 *
 * Ref: POSIX.1-2017 exec ("All open message queue descriptors in the calling
 * process shall be closed, as described in mq_close()"); mq_overview(7)
 * ("The close-on-exec flag (see open(2)) is automatically set on the file
 * descriptor returned by mq_open(2)"); execve(2) Effect on process
 * attributes ("Any open message queue descriptors are closed"). Observed
 * through /proc/<pid>/fd, since on Linux the descriptor is a file
 * descriptor.
 */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "execve closes the process's message queue descriptors",
          .ref = "POSIX.1-2017 exec; execve(2); mq_overview(7)", .features = "mq_open",
          .tags = "exec,lifetime");

static mqd_t q;
static int feed[2];

static void exec_child(void *arg)
{
	(void)arg;
	close(feed[1]);
	ipcs_exec_reader(feed[0]);
}

IPCS_TEST(descriptor_closed_by_exec)
{
	char name[IPCS_MQ_NAME_MAX], path[64];
	q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	IPCS_SAFE(pipe(feed));
	struct stat queue, st;
	IPCS_SAFE(fstat((int)q, &queue));
	snprintf(path, sizeof path, "/proc/self/fd/%d", (int)q);
	if (stat(path, &st) == -1)
		IPCS_SKIP("cannot see this process's descriptors in /proc/self/fd");

	pid_t pid = ipcs_spawn(exec_child, NULL);
	IPCS_WAIT_IN(pid, "read"); /* the exec is done */
	close(feed[0]);
	/* The new image may have reused the number for a file of its own:
	 * what must be gone is the queue behind it. */
	snprintf(path, sizeof path, "/proc/%d/fd/%d", (int)pid, (int)q);
	bool open_on_queue =
	    stat(path, &st) == 0 && st.st_dev == queue.st_dev && st.st_ino == queue.st_ino;
	IPCS_EXPECT_TRUE(!open_on_queue);
	close(feed[1]);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(descriptor_closed_by_exec)
