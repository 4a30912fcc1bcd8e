/*
 * connect() of a stream or seqpacket socket to a pathname whose socket is
 * bound but not listening, or whose socket was closed (the file remains),
 * fails with ECONNREFUSED.
 *
 * Ref: POSIX.1-2017 connect ("[ECONNREFUSED] The target address was not
 * listening for connections or refused the connection request"); connect(2)
 * ERRORS ECONNREFUSED; unix(7) ERRORS ("The remote address specified by
 * connect(2) was not a listening socket").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "connect to a UNIX path with no listening socket fails with ECONNREFUSED",
          .ref = "POSIX.1-2017 connect; connect(2) ERRORS; unix(7) ERRORS",
          .tags = "connect,econnrefused");

static void check(int type)
{
	struct ipcs_unix_addr bound_only, closed;

	ipcs_unix_path_addr(&bound_only, "nolisten");
	ipcs_unix_bound(type, &bound_only);
	int fd = ipcs_unix_socket(type);
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&bound_only.sa, bound_only.len),
	                  ECONNREFUSED);

	int listener = ipcs_unix_listener(type, &closed, 4);
	close(listener); /* the socket file stays, no socket behind it */
	fd = ipcs_unix_socket(type);
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&closed.sa, closed.len), ECONNREFUSED);
}

IPCS_TEST(stream)
{
	check(SOCK_STREAM);
}

IPCS_TEST(seqpacket)
{
	check(SOCK_SEQPACKET);
}

IPCS_MAIN(stream, seqpacket)
