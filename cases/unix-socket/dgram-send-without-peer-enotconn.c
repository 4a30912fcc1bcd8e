/*
 * send() without a destination on an unconnected UNIX datagram socket fails
 * with ENOTCONN on Linux, where POSIX asks for EDESTADDRREQ for a socket
 * that is not connection-mode.
 *
 * Ref: unix(7) ERRORS ("ENOTCONN Socket operation needs a target address, but
 * the socket is not connected"); send(2) ERRORS ENOTCONN ("The socket is not
 * connected, and no target has been given"); POSIX.1-2017 send
 * ([EDESTADDRREQ] "The socket is not connection-mode and no peer address is
 * set").
 */
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "send without a target on an unconnected UNIX datagram socket fails with "
                      "ENOTCONN",
          .ref = "unix(7) ERRORS ENOTCONN; send(2) ERRORS", .tags = "dgram,send,enotconn");

IPCS_TEST(unbound_unconnected)
{
	int fd = ipcs_unix_socket(SOCK_DGRAM);
	IPCS_EXPECT_ERRNO(send(fd, "x", 1, MSG_DONTWAIT), ENOTCONN);
}

IPCS_TEST(bound_unconnected)
{
	struct ipcs_unix_addr addr;
	ipcs_unix_path_addr(&addr, "dgram");
	int fd = ipcs_unix_bound(SOCK_DGRAM, &addr);
	IPCS_EXPECT_ERRNO(send(fd, "x", 1, MSG_DONTWAIT), ENOTCONN);
}

IPCS_MAIN(unbound_unconnected, bound_unconnected)
