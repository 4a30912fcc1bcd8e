/*
 * Once the last writer of a FIFO closes, poll on a reader's descriptor
 * reports POLLHUP, with POLLIN while data is left and alone after it is
 * read; a poll blocked on the FIFO wakes up with it.
 *
 * Ref: POSIX.1-2017 poll ("POLLHUP A device has been disconnected, or a pipe
 * or FIFO has been closed by the last process that had it open for
 * writing"); poll(2) ("POLLHUP Hang up"); pipe(7) ("I/O on pipes and FIFOs
 * has exactly the same semantics").
 */
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "poll reports POLLHUP on a FIFO reader once the last writer closed",
          .ref = "POSIX.1-2017 poll POLLHUP; poll(2); pipe(7)", .tags = "fifo,poll,pollhup");

static char path[256];
static int rfd, wfd;

static short revents(int fd)
{
	struct pollfd pfd = {.fd = fd, .events = POLLIN};
	IPCS_SAFE(poll(&pfd, 1, 0));
	return pfd.revents;
}

/* A reader and one writer of a new FIFO, both open. */
static void open_both(void)
{
	ipcs_temp_fifo(path, sizeof path);
	rfd = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	wfd = (int)IPCS_SAFE(open(path, O_WRONLY));
}

IPCS_TEST(pollhup_with_and_without_data)
{
	char buf[8];

	open_both();
	IPCS_EXPECT_EQ(revents(rfd), 0); /* writer open, nothing written */
	IPCS_SAFE(write(wfd, "ab", 2));
	IPCS_EXPECT_EQ(revents(rfd), POLLIN);
	IPCS_SAFE(close(wfd));
	IPCS_EXPECT_EQ(revents(rfd), POLLIN | POLLHUP);
	IPCS_SAFE(read(rfd, buf, sizeof buf));
	IPCS_EXPECT_EQ(revents(rfd), POLLHUP);
}

static void poller(void *arg)
{
	(void)arg;
	struct pollfd pfd = {.fd = rfd, .events = POLLIN};
	IPCS_SAFE(close(wfd)); /* only the parent's write end is left */
	IPCS_EXPECT_EQ(poll(&pfd, 1, -1), 1);
	IPCS_EXPECT_EQ(pfd.revents, POLLHUP);
}

IPCS_TEST(blocked_poll_wakes_with_pollhup)
{
	open_both();
	pid_t pid = ipcs_spawn(poller, NULL);
	IPCS_WAIT_IN(pid, "poll");
	IPCS_SAFE(close(wfd));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(pollhup_with_and_without_data, blocked_poll_wakes_with_pollhup)
