/*
 * Once the last read end is closed, poll on the write end reports POLLERR.
 *
 * Ref: poll(2) ("POLLERR Error condition (only returned in revents; ignored
 * in events). This bit is also set for a file descriptor referring to the
 * write end of a pipe when the read end has been closed.").
 */
#include <poll.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "poll reports POLLERR on a pipe's write end once the last reader closed",
          .ref = "poll(2) POLLERR", .tags = "pipe,poll,pollerr");

static int p[2];

IPCS_TEST(pollerr_on_write_end)
{
	struct pollfd pfd = {.fd = -1, .events = POLLOUT};

	ipcs_pipe(p);
	pfd.fd = p[1];
	IPCS_SAFE(poll(&pfd, 1, 0));
	IPCS_EXPECT_EQ(pfd.revents & POLLERR, 0); /* reader still there */
	IPCS_SAFE(close(p[0]));
	pfd.revents = 0;
	IPCS_SAFE(poll(&pfd, 1, 0));
	IPCS_EXPECT_EQ(pfd.revents & POLLERR, POLLERR);
	/* ignored in events, reported anyway */
	pfd.events = 0;
	pfd.revents = 0;
	IPCS_SAFE(poll(&pfd, 1, 0));
	IPCS_EXPECT_EQ(pfd.revents & POLLERR, POLLERR);
}

static void poller(void *arg)
{
	(void)arg;
	struct pollfd pfd = {.fd = p[1], .events = 0};
	IPCS_SAFE(close(p[0]));
	IPCS_EXPECT_EQ(poll(&pfd, 1, -1), 1);
	IPCS_EXPECT_EQ(pfd.revents & POLLERR, POLLERR);
}

IPCS_TEST(blocked_poll_wakes_with_pollerr)
{
	ipcs_pipe(p);
	pid_t pid = ipcs_spawn(poller, NULL);
	IPCS_WAIT_IN(pid, "poll");
	IPCS_SAFE(close(p[0]));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(pollerr_on_write_end, blocked_poll_wakes_with_pollerr)
