/*
 * A send on a UNIX datagram socket whose connected peer has been closed
 * fails with ECONNREFUSED (kernel), and so does a sendto() to the pathname
 * of a datagram socket that was closed (its file remains).
 *
 * Ref: net/unix/af_unix.c unix_dgram_sendmsg() (a dead peer: -ECONNREFUSED,
 * and the connection is dropped); unix(7) ERRORS ECONNREFUSED names
 * connect(2) only.
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "sending to a closed UNIX datagram peer fails with ECONNREFUSED (kernel)",
          .ref = "net/unix/af_unix.c unix_dgram_sendmsg(); unix(7) ERRORS",
          .tags = "dgram,econnrefused");

IPCS_TEST(connected_peer_closed)
{
	struct ipcs_unix_addr addr;

	ipcs_unix_path_addr(&addr, "peer");
	int peer = ipcs_unix_bound(SOCK_DGRAM, &addr);
	int fd = ipcs_unix_connect(SOCK_DGRAM, &addr);
	IPCS_EXPECT_EQ(send(fd, "x", 1, 0), 1); /* delivered while the peer lives */
	IPCS_SAFE(close(peer));
	IPCS_EXPECT_ERRNO(send(fd, "x", 1, 0), ECONNREFUSED);
}

IPCS_TEST(sendto_stale_path)
{
	struct ipcs_unix_addr addr;

	ipcs_unix_path_addr(&addr, "stale");
	IPCS_SAFE(close(ipcs_unix_bound(SOCK_DGRAM, &addr)));
	int fd = ipcs_unix_socket(SOCK_DGRAM);
	IPCS_EXPECT_ERRNO(sendto(fd, "x", 1, 0, (struct sockaddr *)&addr.sa, addr.len),
	                  ECONNREFUSED);
}

IPCS_MAIN(connected_peer_closed, sendto_stale_path)
