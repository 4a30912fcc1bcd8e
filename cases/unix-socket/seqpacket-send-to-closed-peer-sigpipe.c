/*
 * A send on a connected UNIX SOCK_SEQPACKET socket whose peer has closed fails
 * with EPIPE and raises SIGPIPE, unless MSG_NOSIGNAL is set, as POSIX requires
 * for SOCK_SEQPACKET. Linux 6.18 returns EPIPE without SIGPIPE: the seqpacket
 * send path (net/unix/af_unix.c unix_seqpacket_sendmsg() ->
 * unix_dgram_sendmsg()) never calls send_sig(SIGPIPE), unlike
 * unix_stream_sendmsg(); unix(7) promises SIGPIPE only "on a stream socket".
 *
 * Ref: POSIX.1-2017 send ("[EPIPE] ... the socket is connection-mode and is no
 * longer connected. In the latter case, and if the socket is of type
 * SOCK_STREAM or SOCK_SEQPACKET and the MSG_NOSIGNAL flag is not set, the
 * SIGPIPE signal is generated to the calling thread"); unix(7) ERRORS
 * ("EPIPE Remote socket was closed on a stream socket. If enabled, a SIGPIPE
 * is sent as well. This can be avoided by passing the MSG_NOSIGNAL flag").
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior =
              "send to a closed UNIX seqpacket peer fails with EPIPE and raises SIGPIPE unless "
              "MSG_NOSIGNAL",
          .ref = "POSIX.1-2017 send; net/unix/af_unix.c unix_dgram_sendmsg()",
          .tags = "seqpacket,epipe,sigpipe,close");

static int sv[2];

static void send_with_default_sigpipe(void *arg)
{
	(void)arg;
	signal(SIGPIPE, SIG_DFL);
	send(sv[0], "x", 1, 0);
	IPCS_FAIL("send to a closed peer returned; expected death by SIGPIPE");
}

static void check(int type)
{
	ipcs_unix_pair(type, sv);
	IPCS_SAFE(close(sv[1]));
	ipcs_catch_signal(SIGPIPE, 0);
	IPCS_EXPECT_ERRNO(send(sv[0], "x", 1, MSG_NOSIGNAL), EPIPE);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGPIPE), 0);
	IPCS_EXPECT_ERRNO(send(sv[0], "x", 1, 0), EPIPE);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGPIPE), 1);
	IPCS_EXPECT_CHILD_SIGNAL(ipcs_spawn(send_with_default_sigpipe, NULL), SIGPIPE);
}

IPCS_TEST(seqpacket)
{
	check(SOCK_SEQPACKET);
}

IPCS_MAIN(seqpacket)
