/*
 * A UNIX datagram larger than the socket's send buffer limit (the doubled
 * SO_SNDBUF value less 32 bytes) fails with EMSGSIZE; a datagram of exactly
 * the limit is sent.
 *
 * Ref: unix(7) Sockets API ("For datagram sockets, the SO_SNDBUF value
 * imposes an upper limit on the size of outgoing datagrams. This limit is
 * calculated as the doubled (see socket(7)) option value less 32 bytes used
 * for overhead"); send(2) ERRORS EMSGSIZE ("The socket type requires that
 * message be sent atomically, and the size of the message to be sent made
 * this impossible").
 */
#include <stdlib.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a UNIX datagram above the SO_SNDBUF limit (2 x value - 32) fails with "
                      "EMSGSIZE",
          .ref = "unix(7) Sockets API; send(2) ERRORS EMSGSIZE", .tags = "dgram,emsgsize,sndbuf");

IPCS_TEST(limit_is_doubled_sndbuf_less_32)
{
	int sv[2], want = 8192, got;
	socklen_t len = sizeof got;

	ipcs_unix_pair(SOCK_DGRAM, sv);
	IPCS_SAFE(setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &want, sizeof want));
	IPCS_SAFE(getsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &got, &len));
	IPCS_EXPECT_EQ(got, 2 * want); /* socket(7): the kernel doubles the value */
	size_t limit = (size_t)got - 32;
	char *buf = calloc(1, limit + 1);
	if (!buf)
		IPCS_BROKEN("out of memory");
	IPCS_EXPECT_ERRNO(send(sv[0], buf, limit + 1, MSG_DONTWAIT), EMSGSIZE);
	IPCS_EXPECT_EQ(send(sv[0], buf, limit, MSG_DONTWAIT), (long)limit);
	IPCS_EXPECT_EQ(recv(sv[1], buf, limit + 1, MSG_DONTWAIT), (long)limit);
	free(buf);
}

IPCS_MAIN(limit_is_doubled_sndbuf_less_32)
