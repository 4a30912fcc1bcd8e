/*
 * connect() to a pathname UNIX socket of another type (a datagram socket to
 * a stream listener, a stream socket to a bound datagram socket) fails with
 * EPROTOTYPE.
 *
 * Ref: unix(7) ERRORS ("EPROTOTYPE Remote socket does not match the local
 * socket type (SOCK_DGRAM versus SOCK_STREAM)").
 */
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "connect to a pathname UNIX socket of another type fails with EPROTOTYPE",
          .ref = "unix(7) ERRORS EPROTOTYPE", .tags = "connect,eprototype");

IPCS_TEST(dgram_to_stream_listener)
{
	struct ipcs_unix_addr addr;
	ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	int fd = ipcs_unix_socket(SOCK_DGRAM);
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&addr.sa, addr.len), EPROTOTYPE);
}

IPCS_TEST(stream_to_dgram_socket)
{
	struct ipcs_unix_addr addr;
	ipcs_unix_path_addr(&addr, "dgram");
	ipcs_unix_bound(SOCK_DGRAM, &addr);
	int fd = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&addr.sa, addr.len), EPROTOTYPE);
}

IPCS_MAIN(dgram_to_stream_listener, stream_to_dgram_socket)
