/*
 * UNIX datagram sockets are reliable and keep order: every datagram a
 * blocking sender sends arrives, in the order sent, even when the sender
 * outruns the receiver and the queue fills.
 *
 * Ref: unix(7) DESCRIPTION ("SOCK_DGRAM, for a datagram-oriented socket that
 * preserves message boundaries (as on most UNIX implementations, UNIX domain
 * datagram sockets are always reliable and don't reorder datagrams)").
 */
#include <string.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "UNIX datagrams all arrive, in order, when the sender outruns the receiver",
          .ref = "unix(7) DESCRIPTION SOCK_DGRAM", .tags = "dgram,order");

enum { COUNT = 2000 };

static int sv[2];
static struct ipcs_unix_addr addr;

static void sender(void *arg)
{
	int fd = arg ? ipcs_unix_socket(SOCK_DGRAM) : sv[0];
	for (unsigned i = 0; i < COUNT; i++) {
		if (arg)
			IPCS_SAFE(
			    sendto(fd, &i, sizeof i, 0, (struct sockaddr *)&addr.sa, addr.len));
		else
			IPCS_SAFE(send(fd, &i, sizeof i, 0));
	}
}

static void receive_all(int fd, pid_t pid)
{
	unsigned got, want = 0;
	while (want < COUNT) {
		IPCS_ASSERT_EQ(recv(fd, &got, sizeof got, 0), (ssize_t)sizeof got);
		if (got != want) {
			IPCS_EXPECT_EQ(got, want);
			break;
		}
		want++;
	}
	IPCS_EXPECT_EQ(want, (unsigned)COUNT);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_TEST(socketpair)
{
	ipcs_unix_pair(SOCK_DGRAM, sv);
	receive_all(sv[1], ipcs_spawn(sender, NULL));
}

IPCS_TEST(unconnected_sendto)
{
	ipcs_unix_path_addr(&addr, "order");
	int fd = ipcs_unix_bound(SOCK_DGRAM, &addr);
	receive_all(fd, ipcs_spawn(sender, &addr));
}

IPCS_MAIN(socketpair, unconnected_sendto)
