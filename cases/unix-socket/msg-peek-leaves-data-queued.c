/*
 * recv() with MSG_PEEK returns the queued data without removing it: the next
 * recv returns the same data.
 *
 * Ref: POSIX.1-2017 recv ("MSG_PEEK Peeks at an incoming message. The data
 * is treated as unread and the next recv() or similar function shall still
 * return this data"); recv(2) MSG_PEEK.
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "MSG_PEEK returns UNIX socket data and leaves it for the next recv",
          .ref = "POSIX.1-2017 recv MSG_PEEK; recv(2)", .tags = "msg_peek");

static void check(int type)
{
	int sv[2];
	char buf[16];

	ipcs_unix_pair(type, sv);
	IPCS_SAFE(send(sv[0], "hello", 5, 0));
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, MSG_PEEK), 5);
	IPCS_EXPECT_MEMEQ(buf, "hello", 5);
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, MSG_PEEK), 5);
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT), 5);
	IPCS_EXPECT_MEMEQ(buf, "hello", 5);
	IPCS_EXPECT_ERRNO(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT), EAGAIN); /* now gone */
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
