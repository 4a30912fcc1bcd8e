/*
 * When a connected UNIX stream or seqpacket socket is closed with data still
 * unread in its receive queue, the peer's next recv() fails with ECONNRESET
 * (once) instead of returning end of file (kernel); closed with nothing
 * unread, the peer reads end of file.
 *
 * Ref: net/unix/af_unix.c unix_release_sock() ("if
 * (!skb_queue_empty(&sk->sk_receive_queue) || embrion) skpair->sk_err =
 * ECONNRESET"); unix(7) ERRORS ("ECONNRESET Remote socket was unexpectedly
 * closed"); POSIX.1-2017 recv ([ECONNRESET] "A connection was forcibly
 * closed by a peer").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "closing a UNIX connection with unread data gives the peer ECONNRESET, not "
                      "EOF (kernel)",
          .ref = "net/unix/af_unix.c unix_release_sock(); unix(7) ERRORS ECONNRESET",
          .tags = "close,econnreset");

static void check(int type)
{
	int sv[2];
	char buf[8];

	ipcs_unix_pair(type, sv);
	IPCS_SAFE(send(sv[1], "unread", 6, 0)); /* queued at sv[0], never read */
	IPCS_SAFE(close(sv[0]));
	IPCS_EXPECT_ERRNO(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT), ECONNRESET);
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT), 0); /* reported once */
}

IPCS_TEST(stream)
{
	check(SOCK_STREAM);
}

IPCS_TEST(seqpacket)
{
	check(SOCK_SEQPACKET);
}

IPCS_TEST(nothing_unread_is_eof)
{
	int sv[2];
	char buf[8];

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(close(sv[0]));
	IPCS_EXPECT_EQ(recv(sv[1], buf, sizeof buf, MSG_DONTWAIT), 0);
}

IPCS_MAIN(stream, seqpacket, nothing_unread_is_eof)
