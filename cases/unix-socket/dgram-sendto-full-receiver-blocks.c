/*
 * sendto() from an unconnected UNIX datagram socket to a bound socket whose
 * receive queue is full blocks until the receiver reads a datagram, then
 * delivers; with MSG_DONTWAIT it fails with EAGAIN instead.
 *
 * Ref: POSIX.1-2017 sendto ("If space is not available at the sending socket
 * to hold the message to be transmitted and the socket file descriptor does
 * not have O_NONBLOCK set, sendto() shall block until space is available");
 * send(2) ERRORS EAGAIN ("The socket is marked nonblocking and the requested
 * operation would block"), MSG_DONTWAIT; unix(7) DESCRIPTION (datagrams are
 * reliable).
 */
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "sendto a UNIX datagram socket with a full queue blocks until it is read; "
                      "MSG_DONTWAIT gives EAGAIN",
          .ref = "POSIX.1-2017 sendto; send(2) ERRORS EAGAIN; unix(7)",
          .tags = "dgram,full,blocking");

static struct ipcs_unix_addr addr;
static int sender;

static long try_send(int flags)
{
	char c = 'L';
	return sendto(sender, &c, 1, flags, (struct sockaddr *)&addr.sa, addr.len);
}

static void send_late(void *arg)
{
	(void)arg;
	IPCS_EXPECT_EQ(try_send(0), 1);
}

static long fill(void)
{
	long n = 0;
	char c = 0;
	while (n < 100000 &&
	       sendto(sender, &c, 1, MSG_DONTWAIT, (struct sockaddr *)&addr.sa, addr.len) == 1)
		n++;
	if (n == 0)
		IPCS_BROKEN_ERRNO("the first datagram could not be sent");
	IPCS_ASSERT_LE(n, 99999L); /* the queue is full once a send meets EAGAIN */
	return n;
}

IPCS_TEST(blocks_until_read)
{
	char buf[4];
	ipcs_unix_path_addr(&addr, "full");
	int receiver = ipcs_unix_bound(SOCK_DGRAM, &addr);
	sender = ipcs_unix_socket(SOCK_DGRAM);
	long queued = fill();
	pid_t pid = ipcs_spawn(send_late, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "send");
	IPCS_SAFE(recv(receiver, buf, sizeof buf, 0)); /* room for one */
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	for (long i = 1; i < queued; i++)
		IPCS_SAFE(recv(receiver, buf, sizeof buf, MSG_DONTWAIT));
	IPCS_EXPECT_EQ(recv(receiver, buf, sizeof buf, MSG_DONTWAIT), 1);
	IPCS_EXPECT_EQ(buf[0], 'L'); /* the blocked datagram came last */
}

IPCS_TEST(dontwait_eagain)
{
	ipcs_unix_path_addr(&addr, "full");
	ipcs_unix_bound(SOCK_DGRAM, &addr);
	sender = ipcs_unix_socket(SOCK_DGRAM);
	fill();
	IPCS_EXPECT_ERRNO(try_send(MSG_DONTWAIT), EAGAIN);
}

IPCS_MAIN(blocks_until_read, dontwait_eagain)
