/*
 * A blocking send() on a UNIX socket with no room left (stream or datagram
 * socketpair) blocks until the receiver drains the queue, then completes and
 * its data arrives; with O_NONBLOCK it fails with EAGAIN instead.
 *
 * Ref: POSIX.1-2017 send ("If space is not available at the sending socket
 * to hold the message to be transmitted, and the socket file descriptor does
 * not have O_NONBLOCK set, send() shall block until space is available. If
 * space is not available at the sending socket to hold the message to be
 * transmitted, and the socket file descriptor does have O_NONBLOCK set,
 * send() shall fail"; [EAGAIN]); send(2) DESCRIPTION.
 */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "send on a full UNIX socket blocks until the receiver drains it; with "
                      "O_NONBLOCK it fails with EAGAIN",
          .ref = "POSIX.1-2017 send; send(2) DESCRIPTION", .tags = "send,full,blocking");

static int sv[2];

static void send_late(void *arg)
{
	(void)arg;
	IPCS_EXPECT_EQ(send(sv[0], "L", 1, 0), 1);
}

static void check_blocks(int type)
{
	char buf[64];
	bool seen = false;
	long n;

	ipcs_unix_pair(type, sv);
	ipcs_unix_fill(sv[0], 1); /* filler bytes are 0 */
	pid_t pid = ipcs_spawn(send_late, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "send");
	/* drain everything queued; the sender wakes once there is room */
	while ((n = recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)) > 0)
		seen = seen || memchr(buf, 'L', (size_t)n);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	while (!seen && (n = recv(sv[1], buf, sizeof buf, MSG_DONTWAIT)) > 0)
		seen = memchr(buf, 'L', (size_t)n) != NULL;
	IPCS_EXPECT_TRUE(seen); /* the blocked send's data arrived */
}

static void check_nonblock(int type)
{
	ipcs_unix_pair(type | SOCK_NONBLOCK, sv);
	ipcs_unix_fill(sv[0], 1);
	IPCS_EXPECT_ERRNO(send(sv[0], "x", 1, 0), EAGAIN);
}

IPCS_TEST(stream_blocks)
{
	check_blocks(SOCK_STREAM);
}

IPCS_TEST(dgram_blocks)
{
	check_blocks(SOCK_DGRAM);
}

IPCS_TEST(stream_nonblock_eagain)
{
	check_nonblock(SOCK_STREAM);
}

IPCS_TEST(dgram_nonblock_eagain)
{
	check_nonblock(SOCK_DGRAM);
}

IPCS_MAIN(stream_blocks, dgram_blocks, stream_nonblock_eagain, dgram_nonblock_eagain)
