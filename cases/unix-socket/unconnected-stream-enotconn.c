/*
 * On a UNIX stream socket that is not connected, send() and getpeername()
 * fail with ENOTCONN.
 *
 * Ref: POSIX.1-2017 send ("[ENOTCONN] The socket is not connected"),
 * getpeername ("[ENOTCONN] The socket is not connected or otherwise has not
 * had the peer pre-specified"); send(2), getpeername(2) ERRORS ENOTCONN.
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "send and getpeername on an unconnected UNIX stream socket fail with "
                      "ENOTCONN",
          .ref = "POSIX.1-2017 send, getpeername; send(2), getpeername(2) ERRORS",
          .tags = "enotconn");

IPCS_TEST(fresh_socket)
{
	struct sockaddr_un sa;
	socklen_t len = sizeof sa;
	int fd = ipcs_unix_socket(SOCK_STREAM);

	IPCS_EXPECT_ERRNO(send(fd, "x", 1, MSG_NOSIGNAL), ENOTCONN);
	IPCS_EXPECT_ERRNO(getpeername(fd, (struct sockaddr *)&sa, &len), ENOTCONN);
}

IPCS_TEST(listening_socket)
{
	struct ipcs_unix_addr addr;
	struct sockaddr_un sa;
	socklen_t len = sizeof sa;
	int fd = ipcs_unix_listener(SOCK_STREAM, &addr, 1);

	IPCS_EXPECT_ERRNO(send(fd, "x", 1, MSG_NOSIGNAL), ENOTCONN);
	IPCS_EXPECT_ERRNO(getpeername(fd, (struct sockaddr *)&sa, &len), ENOTCONN);
}

IPCS_MAIN(fresh_socket, listening_socket)
