/*
 * connect() on a UNIX stream socket that is already connected (by connect()
 * or socketpair()) fails with EISCONN.
 *
 * Ref: POSIX.1-2017 connect ("[EISCONN] The specified socket is
 * connection-mode and is already connected"); connect(2) ERRORS EISCONN;
 * unix(7) ERRORS ("EISCONN connect(2) called on an already connected
 * socket").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "connect on a connected UNIX stream socket fails with EISCONN",
          .ref = "POSIX.1-2017 connect; connect(2), unix(7) ERRORS EISCONN", .tags = "eisconn");

IPCS_TEST(connected_by_connect)
{
	struct ipcs_unix_addr addr;

	ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	int fd = ipcs_unix_connect(SOCK_STREAM, &addr);
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&addr.sa, addr.len), EISCONN);
}

IPCS_TEST(connected_by_socketpair)
{
	struct ipcs_unix_addr addr;
	int sv[2];

	ipcs_unix_listener(SOCK_STREAM, &addr, 4); /* a live target: only EISCONN applies */
	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_EXPECT_ERRNO(connect(sv[0], (struct sockaddr *)&addr.sa, addr.len), EISCONN);
}

IPCS_MAIN(connected_by_connect, connected_by_socketpair)
