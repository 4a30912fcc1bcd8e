/*
 * sendto() with a destination address on a connected UNIX stream socket
 * fails with EISCONN rather than ignoring the address.
 *
 * Ref: unix(7) ERRORS ("EISCONN connect(2) called on an already connected
 * socket or a target address was specified on a connected socket"); send(2)
 * ERRORS EISCONN ("Now either this error is returned, or the recipient
 * specification is ignored").
 */
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "sendto with an address on a connected UNIX stream socket fails with "
                      "EISCONN",
          .ref = "unix(7) ERRORS EISCONN; send(2) ERRORS EISCONN", .tags = "send,eisconn");

IPCS_TEST(address_on_connected_stream)
{
	struct ipcs_unix_addr addr;
	int sv[2];

	ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_EXPECT_ERRNO(sendto(sv[0], "x", 1, 0, (struct sockaddr *)&addr.sa, addr.len), EISCONN);
}

IPCS_MAIN(address_on_connected_stream)
