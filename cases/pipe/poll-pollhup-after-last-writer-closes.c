/*
 * Once the last write end is closed, poll on the read end reports POLLHUP,
 * together with POLLIN while data is left, and POLLHUP alone after it is
 * read; a blocked poll wakes up with it.
 *
 * Ref: POSIX.1-2017 poll ("POLLHUP A device has been disconnected, or a pipe
 * or FIFO has been closed by the last process that had it open for
 * writing"); poll(2) ("POLLHUP Hang up"; "Subsequent reads from the channel
 * will return 0 (end of file) only after all outstanding data in the channel
 * has been consumed").
 */
#include <poll.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "poll reports POLLHUP on a pipe's read end once the last writer closed",
          .ref = "POSIX.1-2017 poll POLLHUP; poll(2)", .tags = "pipe,poll,pollhup");

static int p[2];

static short revents(int fd)
{
	struct pollfd pfd = {.fd = fd, .events = POLLIN};
	IPCS_SAFE(poll(&pfd, 1, 0));
	return pfd.revents;
}

IPCS_TEST(pollhup_with_and_without_data)
{
	char buf[8];

	ipcs_pipe(p);
	IPCS_SAFE(write(p[1], "ab", 2));
	IPCS_EXPECT_EQ(revents(p[0]), POLLIN); /* no hang-up while a writer is open */
	IPCS_SAFE(close(p[1]));
	IPCS_EXPECT_EQ(revents(p[0]), POLLIN | POLLHUP);
	IPCS_SAFE(read(p[0], buf, sizeof buf));
	IPCS_EXPECT_EQ(revents(p[0]), POLLHUP);
}

static void poller(void *arg)
{
	(void)arg;
	struct pollfd pfd = {.fd = p[0], .events = POLLIN};
	IPCS_SAFE(close(p[1]));
	IPCS_EXPECT_EQ(poll(&pfd, 1, -1), 1);
	IPCS_EXPECT_EQ(pfd.revents, POLLHUP);
}

IPCS_TEST(blocked_poll_wakes_with_pollhup)
{
	ipcs_pipe(p);
	pid_t pid = ipcs_spawn(poller, NULL);
	IPCS_WAIT_IN(pid, "poll");
	IPCS_SAFE(close(p[1]));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(pollhup_with_and_without_data, blocked_poll_wakes_with_pollhup)
