/*
 * After the peer of a connected stream or seqpacket UNIX socket closes, the
 * data it sent before closing is still received, and then recv() returns 0
 * (end of file) instead of blocking.
 *
 * Ref: POSIX.1-2017 recv ("If no messages are available to be received and
 * the peer has performed an orderly shutdown, recv() shall return 0");
 * recv(2) RETURN VALUE ("When a stream socket peer has performed an orderly
 * shutdown, the return value will be 0").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "recv returns queued data, then 0, after the peer of a UNIX connection "
                      "closes",
          .ref = "POSIX.1-2017 recv; recv(2) RETURN VALUE", .tags = "eof,close");

static void check(int type)
{
	int sv[2];
	char buf[8];

	ipcs_unix_pair(type, sv);
	IPCS_SAFE(send(sv[0], "last", 4, 0));
	IPCS_SAFE(close(sv[0]));
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, 0), 4);
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, 0), 0); /* blocking socket: EOF, no wait */
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, 0), 0);
}

IPCS_TEST(stream)
{
	check(SOCK_STREAM);
}

IPCS_TEST(seqpacket)
{
	check(SOCK_SEQPACKET);
}

IPCS_TEST(accepted_connection)
{
	struct ipcs_unix_addr addr;
	char buf[8];

	int listener = ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	int client = ipcs_unix_connect(SOCK_STREAM, &addr);
	int server = (int)IPCS_SAFE(accept(listener, NULL, NULL));
	IPCS_SAFE(close(server));
	IPCS_EXPECT_EQ(recv(client, buf, sizeof buf, 0), 0);
}

IPCS_MAIN(stream, seqpacket, accepted_connection)
