/*
 * accept() on a listening stream or seqpacket UNIX socket takes the pending
 * connections in the order they were made and returns for each a new socket
 * of the same type, connected to that client; the listener keeps listening.
 *
 * Ref: POSIX.1-2017 accept ("extract the first connection on the queue of
 * pending connections, create a new socket with the same socket type
 * protocol and address family as the specified socket"); accept(2)
 * DESCRIPTION ("The original socket sockfd is unaffected by this call").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "accept returns the first pending UNIX connection as a new connected "
                      "socket of the same type",
          .ref = "POSIX.1-2017 accept; accept(2) DESCRIPTION", .tags = "accept,listen");

static void check(int type)
{
	struct ipcs_unix_addr addr;
	char buf[8];
	int got_type, on;
	socklen_t len = sizeof got_type;

	int listener = ipcs_unix_listener(type, &addr, 4);
	int first = ipcs_unix_connect(type, &addr);
	int second = ipcs_unix_connect(type, &addr);
	IPCS_SAFE(send(first, "1", 1, 0));
	IPCS_SAFE(send(second, "2", 1, 0));

	int a1 = (int)IPCS_SAFE(accept(listener, NULL, NULL));
	int a2 = (int)IPCS_SAFE(accept(listener, NULL, NULL));
	IPCS_EXPECT_EQ(recv(a1, buf, sizeof buf, MSG_DONTWAIT), 1);
	IPCS_EXPECT_EQ(buf[0], '1'); /* first connected, first accepted */
	IPCS_EXPECT_EQ(recv(a2, buf, sizeof buf, MSG_DONTWAIT), 1);
	IPCS_EXPECT_EQ(buf[0], '2');
	IPCS_SAFE(getsockopt(a1, SOL_SOCKET, SO_TYPE, &got_type, &len));
	IPCS_EXPECT_EQ(got_type, type);
	len = sizeof on;
	IPCS_SAFE(getsockopt(a1, SOL_SOCKET, SO_ACCEPTCONN, &on, &len));
	IPCS_EXPECT_EQ(on, 0); /* the accepted socket does not listen */
	len = sizeof on;
	IPCS_SAFE(getsockopt(listener, SOL_SOCKET, SO_ACCEPTCONN, &on, &len));
	IPCS_EXPECT_EQ(on, 1); /* the listener still does */
	IPCS_EXPECT_EQ(send(a1, "r", 1, 0), 1);
	IPCS_EXPECT_EQ(recv(first, buf, sizeof buf, MSG_DONTWAIT), 1);
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
