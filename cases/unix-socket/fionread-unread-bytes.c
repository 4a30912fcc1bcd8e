/*
 * ioctl(FIONREAD) (SIOCINQ) on a UNIX stream socket returns the number of
 * unread bytes queued, over several sends, and fails with EINVAL on a
 * listening socket.
 *
 * Ref: unix(7) Ioctls ("SIOCINQ For SOCK_STREAM sockets, this call returns
 * the number of unread bytes in the receive buffer. The socket must not be
 * in LISTEN state, otherwise an error (EINVAL) is returned ... Alternatively,
 * you can use the synonymous FIONREAD").
 */
#include <sys/ioctl.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "FIONREAD on a UNIX stream socket counts unread bytes; EINVAL when "
                      "listening",
          .ref = "unix(7) Ioctls SIOCINQ", .tags = "ioctl,fionread");

IPCS_TEST(unread_bytes)
{
	int sv[2], n = -1;
	char buf[4];

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_EXPECT_OK(ioctl(sv[1], FIONREAD, &n));
	IPCS_EXPECT_EQ(n, 0);
	IPCS_SAFE(send(sv[0], "abc", 3, 0));
	IPCS_SAFE(send(sv[0], "defgh", 5, 0));
	IPCS_EXPECT_OK(ioctl(sv[1], FIONREAD, &n));
	IPCS_EXPECT_EQ(n, 8);
	IPCS_SAFE(recv(sv[1], buf, 2, 0));
	IPCS_EXPECT_OK(ioctl(sv[1], FIONREAD, &n));
	IPCS_EXPECT_EQ(n, 6);
}

IPCS_TEST(listening_socket_einval)
{
	struct ipcs_unix_addr addr;
	int n;

	int fd = ipcs_unix_listener(SOCK_STREAM, &addr, 1);
	IPCS_EXPECT_ERRNO(ioctl(fd, FIONREAD, &n), EINVAL);
}

IPCS_MAIN(unread_bytes, listening_socket_einval)
