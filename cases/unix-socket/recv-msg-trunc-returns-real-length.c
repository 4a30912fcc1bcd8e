/*
 * recv() with MSG_TRUNC on a UNIX datagram or seqpacket socket returns the
 * real length of the message even when the buffer was shorter (Linux 3.4
 * and later), and copies only what fits.
 *
 * Ref: recv(2) MSG_TRUNC ("For raw (AF_PACKET), Internet datagram ..., netlink
 * ..., and UNIX datagram and sequenced-packet (since Linux 3.4) sockets:
 * return the real length of the packet or datagram, even when it was longer
 * than the passed buffer"); unix(7) Sockets API.
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "recv with MSG_TRUNC returns a UNIX datagram's real length, longer than "
                      "the buffer",
          .ref = "recv(2) MSG_TRUNC; unix(7) Sockets API", .min_kernel = "3.4",
          .tags = "dgram,seqpacket,truncation");

static void check(int type)
{
	int sv[2];
	char buf[8];

	ipcs_unix_pair(type, sv);
	IPCS_SAFE(send(sv[0], "0123456789", 10, 0));
	memset(buf, 'x', sizeof buf);
	IPCS_EXPECT_EQ(recv(sv[1], buf, 4, MSG_TRUNC), 10);
	IPCS_EXPECT_MEMEQ(buf, "0123xxxx", 8);
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
