/*
 * socketpair() makes two connected UNIX domain sockets of each type
 * (SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET): data sent on either end is
 * received on the other.
 *
 * Ref: socketpair(2) DESCRIPTION ("creates an unnamed pair of connected
 * sockets in the specified domain, of the specified type"); unix(7)
 * DESCRIPTION ("Valid socket types in the UNIX domain are: SOCK_STREAM ...
 * SOCK_DGRAM ... and (since Linux 2.6.4) SOCK_SEQPACKET"); POSIX.1-2017
 * socketpair.
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "socketpair gives two connected UNIX sockets of each type, data flows both "
                      "ways",
          .ref = "socketpair(2) DESCRIPTION; unix(7) DESCRIPTION; POSIX.1-2017 socketpair",
          .tags = "socketpair");

static void check(int type)
{
	int sv[2];
	char buf[16];
	int got_type;
	socklen_t len = sizeof got_type;

	IPCS_ASSERT_OK(socketpair(AF_UNIX, type, 0, sv));
	IPCS_EXPECT_OK(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &got_type, &len));
	IPCS_EXPECT_EQ(got_type, type);
	IPCS_EXPECT_EQ(send(sv[0], "ping", 4, 0), 4);
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT), 4);
	IPCS_EXPECT_MEMEQ(buf, "ping", 4);
	IPCS_EXPECT_EQ(send(sv[1], "pong!", 5, 0), 5);
	IPCS_EXPECT_EQ(recv(sv[0], buf, sizeof buf, MSG_DONTWAIT), 5);
	IPCS_EXPECT_MEMEQ(buf, "pong!", 5);
	close(sv[0]);
	close(sv[1]);
}

IPCS_TEST(stream)
{
	check(SOCK_STREAM);
}

IPCS_TEST(dgram)
{
	check(SOCK_DGRAM);
}

IPCS_TEST(seqpacket)
{
	check(SOCK_SEQPACKET);
}

IPCS_MAIN(stream, dgram, seqpacket)
