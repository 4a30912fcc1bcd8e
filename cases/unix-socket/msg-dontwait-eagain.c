/*
 * MSG_DONTWAIT makes one recv() on a blocking UNIX socket with nothing
 * queued fail with EAGAIN instead of blocking, and one send() on a full
 * blocking socket fail with EAGAIN; the socket itself stays blocking.
 *
 * Ref: recv(2) MSG_DONTWAIT ("Enables nonblocking operation; if the
 * operation would block, the call fails with the error EAGAIN or
 * EWOULDBLOCK. This provides similar behavior to setting the O_NONBLOCK
 * flag ..., the difference being that MSG_DONTWAIT is a per-call option");
 * send(2) MSG_DONTWAIT.
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MSG_DONTWAIT makes one recv or send that would block fail with EAGAIN",
          .ref = "recv(2) MSG_DONTWAIT; send(2) MSG_DONTWAIT", .tags = "msg_dontwait,nonblock");

static void check(int type)
{
	int sv[2];
	char c;

	ipcs_unix_pair(type, sv);
	IPCS_EXPECT_ERRNO(recv(sv[1], &c, 1, MSG_DONTWAIT), EAGAIN);
	ipcs_unix_fill(sv[0], 1);
	IPCS_EXPECT_ERRNO(send(sv[0], "x", 1, MSG_DONTWAIT), EAGAIN);
	IPCS_EXPECT_EQ(IPCS_SAFE(fcntl(sv[0], F_GETFL)) & O_NONBLOCK, 0); /* per call only */
}

IPCS_TEST(stream)
{
	check(SOCK_STREAM);
}

IPCS_TEST(dgram)
{
	check(SOCK_DGRAM);
}

IPCS_MAIN(stream, dgram)
