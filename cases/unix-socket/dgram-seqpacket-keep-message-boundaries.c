/*
 * SOCK_DGRAM and SOCK_SEQPACKET UNIX sockets keep message boundaries: two
 * messages sent back to back are received by two reads, one message each,
 * in the order sent, even when the buffer could hold both.
 *
 * Ref: unix(7) DESCRIPTION ("SOCK_DGRAM, for a datagram-oriented socket that
 * preserves message boundaries ... SOCK_SEQPACKET, for a sequenced-packet
 * socket that is connection-oriented, preserves message boundaries, and
 * delivers messages in the order that they were sent"); POSIX.1-2017 recv
 * ("For message-based sockets, such as SOCK_DGRAM and SOCK_SEQPACKET, the
 * entire message shall be read in a single operation").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "UNIX datagram and seqpacket sockets keep message boundaries and order",
          .ref = "unix(7) DESCRIPTION; POSIX.1-2017 recv", .tags = "dgram,seqpacket,boundaries");

static void check(int type)
{
	int sv[2];
	char buf[64];

	ipcs_unix_pair(type, sv);
	IPCS_SAFE(send(sv[0], "abc", 3, 0));
	IPCS_SAFE(send(sv[0], "defgh", 5, 0));
	IPCS_SAFE(send(sv[0], "i", 1, 0));
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, 0), 3);
	IPCS_EXPECT_MEMEQ(buf, "abc", 3);
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, 0), 5);
	IPCS_EXPECT_MEMEQ(buf, "defgh", 5);
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, 0), 1);
	IPCS_EXPECT_MEMEQ(buf, "i", 1);
}

IPCS_TEST(dgram)
{
	check(SOCK_DGRAM);
}

IPCS_TEST(seqpacket)
{
	check(SOCK_SEQPACKET);
}

IPCS_MAIN(dgram, seqpacket)
