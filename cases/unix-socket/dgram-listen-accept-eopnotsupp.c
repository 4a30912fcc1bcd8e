/*
 * listen() and accept() on a UNIX datagram socket fail with EOPNOTSUPP: the
 * type is not connection-mode.
 *
 * Ref: POSIX.1-2017 listen ("[EOPNOTSUPP] The socket protocol does not
 * support listen()"), accept ("[EOPNOTSUPP] The socket type of the specified
 * socket does not support accepting connections"); listen(2), accept(2)
 * ERRORS EOPNOTSUPP.
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "listen and accept on a UNIX datagram socket fail with EOPNOTSUPP",
          .ref = "POSIX.1-2017 listen, accept; listen(2), accept(2) ERRORS",
          .tags = "dgram,eopnotsupp");

IPCS_TEST(bound_dgram_socket)
{
	struct ipcs_unix_addr addr;

	ipcs_unix_path_addr(&addr, "dgram");
	int fd = ipcs_unix_bound(SOCK_DGRAM, &addr);
	IPCS_EXPECT_ERRNO(listen(fd, 1), EOPNOTSUPP);
	IPCS_EXPECT_ERRNO(accept(fd, NULL, NULL), EOPNOTSUPP);
}

IPCS_MAIN(bound_dgram_socket)
