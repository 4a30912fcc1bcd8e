/*
 * After shutdown(SHUT_RD) on a connected UNIX stream socket, its recv()
 * returns 0 (end of file) instead of blocking, and the peer's send() fails
 * with EPIPE (kernel: the peer's send side is shut down with it).
 *
 * Ref: shutdown(2) DESCRIPTION ("If how is SHUT_RD, further receptions will
 * be disallowed"); net/unix/af_unix.c unix_shutdown() ("if
 * (mode&RCV_SHUTDOWN) peer_mode |= SEND_SHUTDOWN;", after which
 * unix_stream_sendmsg() fails with EPIPE); POSIX.1-2017 shutdown ("SHUT_RD
 * Disables further receive operations").
 */
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "after SHUT_RD a UNIX stream socket reads EOF and its peer's send fails "
                      "with EPIPE (kernel)",
          .ref = "shutdown(2) DESCRIPTION; net/unix/af_unix.c unix_shutdown()",
          .tags = "shutdown,eof,epipe");

IPCS_TEST(reads_eof)
{
	int sv[2];
	char c;

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(shutdown(sv[1], SHUT_RD));
	IPCS_EXPECT_EQ(recv(sv[1], &c, 1, 0), 0); /* a blocking recv returns at once */
}

IPCS_TEST(peer_send_epipe)
{
	int sv[2];

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(shutdown(sv[1], SHUT_RD));
	IPCS_EXPECT_ERRNO(send(sv[0], "x", 1, MSG_NOSIGNAL), EPIPE);
	IPCS_EXPECT_EQ(send(sv[1], "y", 1, MSG_NOSIGNAL), 1); /* the other direction still works */
}

IPCS_MAIN(reads_eof, peer_send_epipe)
