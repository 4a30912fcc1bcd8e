/*
 * poll reports POLLIN on the read end exactly when data is there, and
 * POLLOUT on the write end while there is room and not once it is full.
 *
 * Ref: poll(2) ("POLLIN There is data to read"; "POLLOUT Writing is now
 * possible, though a write larger than the available space in a socket or
 * pipe will still block"; "If none of the events requested (and no error)
 * has occurred for any of the file descriptors, then poll() blocks until one
 * of the events occurs"); POSIX.1-2017 poll ("POLLIN Data other than
 * high-priority data may be read without blocking"; "POLLOUT Normal data may
 * be written without blocking").
 */
#include <poll.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "poll reports POLLIN when a pipe holds data and POLLOUT while it has room",
          .ref = "poll(2); POSIX.1-2017 poll", .tags = "pipe,poll");

static short revents(int fd, short events)
{
	struct pollfd pfd = {.fd = fd, .events = events};
	IPCS_SAFE(poll(&pfd, 1, 0));
	return pfd.revents;
}

IPCS_TEST(pollin_follows_data)
{
	int p[2];
	char c;

	ipcs_pipe(p);
	IPCS_EXPECT_EQ(revents(p[0], POLLIN), 0);
	IPCS_SAFE(write(p[1], "x", 1));
	IPCS_EXPECT_EQ(revents(p[0], POLLIN), POLLIN);
	IPCS_SAFE(read(p[0], &c, 1));
	IPCS_EXPECT_EQ(revents(p[0], POLLIN), 0);
}

IPCS_TEST(pollout_follows_room)
{
	int p[2];
	static char buf[65536];
	size_t page = (size_t)sysconf(_SC_PAGESIZE);

	if (page > sizeof buf)
		IPCS_SKIP("page size %zu is larger than this case's buffer", page);
	ipcs_pipe(p);
	IPCS_EXPECT_EQ(revents(p[1], POLLOUT), POLLOUT);
	ipcs_pipe_fill(p[1]);
	IPCS_EXPECT_EQ(revents(p[1], POLLOUT), 0);
	/* a whole page drained makes room again */
	IPCS_ASSERT_EQ(read(p[0], buf, page), (ssize_t)page);
	IPCS_EXPECT_EQ(revents(p[1], POLLOUT), POLLOUT);
}

static int q[2];

static void poller(void *arg)
{
	(void)arg;
	struct pollfd pfd = {.fd = q[0], .events = POLLIN};
	IPCS_EXPECT_EQ(poll(&pfd, 1, -1), 1);
	IPCS_EXPECT_EQ(pfd.revents, POLLIN);
}

IPCS_TEST(blocked_poll_wakes_on_write)
{
	ipcs_pipe(q);
	pid_t pid = ipcs_spawn(poller, NULL);
	IPCS_WAIT_IN(pid, "poll");
	IPCS_SAFE(write(q[1], "x", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(pollin_follows_data, pollout_follows_room, blocked_poll_wakes_on_write)
