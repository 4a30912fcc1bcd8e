/*
 * ioctl(FIONREAD) on a UNIX datagram socket returns the size of the next
 * pending datagram, not the total queued, and 0 when none is pending.
 *
 * Ref: unix(7) Ioctls SIOCINQ ("For SOCK_DGRAM sockets, the returned value is
 * the same as for Internet domain datagram sockets; see udp(7)"); udp(7)
 * FIONREAD ("Returns the size of the next pending datagram in the integer in
 * bytes, or 0 when no datagram is pending").
 */
#include <sys/ioctl.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "FIONREAD on a UNIX datagram socket gives the next datagram's size, 0 when "
                      "none is pending",
          .ref = "unix(7) Ioctls SIOCINQ; udp(7) FIONREAD", .tags = "ioctl,fionread,dgram");

static int inq(int fd)
{
	int v = -1;
	IPCS_ASSERT_OK(ioctl(fd, FIONREAD, &v));
	return v;
}

IPCS_TEST(next_datagram_size)
{
	int sv[2];
	char buf[16];

	ipcs_unix_pair(SOCK_DGRAM, sv);
	IPCS_EXPECT_EQ(inq(sv[1]), 0);
	IPCS_SAFE(send(sv[0], "abc", 3, 0));
	IPCS_SAFE(send(sv[0], "defghij", 7, 0));
	IPCS_EXPECT_EQ(inq(sv[1]), 3); /* the first datagram only, not 10 */
	IPCS_SAFE(recv(sv[1], buf, sizeof buf, 0));
	IPCS_EXPECT_EQ(inq(sv[1]), 7);
	IPCS_SAFE(recv(sv[1], buf, sizeof buf, 0));
	IPCS_EXPECT_EQ(inq(sv[1]), 0);
}

IPCS_MAIN(next_datagram_size)
