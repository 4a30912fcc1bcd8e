/*
 * pipe2(O_CLOEXEC) sets FD_CLOEXEC on both ends, so an exec'd program does
 * not keep the write end open: the reader sees end of file while that
 * program still runs. A plain pipe() end is kept across exec (control).
 *
 * Ref: pipe(2) DESCRIPTION ("O_CLOEXEC Set the close-on-exec (FD_CLOEXEC)
 * flag on the two new file descriptors"); open(2) O_CLOEXEC; execve(2)
 * ("By default, file descriptors remain open across an execve(). File
 * descriptors that are marked close-on-exec are closed").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "pipe2 with O_CLOEXEC marks both ends close-on-exec and an exec'd "
                      "program does not hold them",
          .ref = "pipe(2) O_CLOEXEC; execve(2) File descriptors and exec",
          .tags = "pipe2,cloexec,exec");

static int p[2], hold[2];

static void exec_holder(void *arg)
{
	(void)arg;
	IPCS_SAFE(close(hold[1]));
	IPCS_SAFE(close(p[0]));
	/* p[1] stays in this process; execve keeps it unless close-on-exec */
	ipcs_exec_reader(hold[0]);
}

/* Whether p's write end is still open somewhere after the child execs. */
static bool write_end_survives_exec(void)
{
	char c;
	ipcs_pipe(hold);
	pid_t pid = ipcs_spawn(exec_holder, NULL);
	IPCS_SAFE(close(hold[0]));
	IPCS_SAFE(close(p[1]));
	IPCS_WAIT_IN(pid, "read"); /* the exec'd program waits on hold */
	ipcs_set_nonblock(p[0], 1);
	ssize_t n = read(p[0], &c, 1);
	int err = errno;
	IPCS_SAFE(close(hold[1]));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	if (n == 0)
		return false;
	if (n == -1 && err == EAGAIN)
		return true;
	IPCS_BROKEN("read on the pipe returned %zd (%s)", n, ipcs_errno_name(err));
}

IPCS_TEST(both_ends_marked_cloexec)
{
	IPCS_ASSERT_OK(pipe2(p, O_CLOEXEC));
	IPCS_EXPECT_EQ(fcntl(p[0], F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
	IPCS_EXPECT_EQ(fcntl(p[1], F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
}

IPCS_TEST(exec_closes_cloexec_write_end)
{
	IPCS_ASSERT_OK(pipe2(p, O_CLOEXEC));
	IPCS_EXPECT_TRUE(!write_end_survives_exec()); /* EOF: the exec closed it */
}

IPCS_TEST(exec_keeps_plain_write_end)
{
	ipcs_pipe(p);
	IPCS_EXPECT_EQ(fcntl(p[1], F_GETFD) & FD_CLOEXEC, 0);
	IPCS_EXPECT_TRUE(write_end_survives_exec()); /* control: EAGAIN, still open */
}

IPCS_MAIN(both_ends_marked_cloexec, exec_closes_cloexec_write_end, exec_keeps_plain_write_end)
