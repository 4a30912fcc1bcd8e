/*
 * A send on a connected UNIX stream socket whose peer has closed fails with
 * EPIPE and raises SIGPIPE, unless MSG_NOSIGNAL is set (EPIPE, no signal).
 * (SOCK_SEQPACKET: seqpacket-send-to-closed-peer-sigpipe.)
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
              "send to a closed UNIX stream peer fails with EPIPE and raises SIGPIPE unless "
              "MSG_NOSIGNAL",
          .ref = "POSIX.1-2017 send; unix(7) ERRORS EPIPE", .tags = "epipe,sigpipe,close");

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

IPCS_TEST(stream)
{
	check(SOCK_STREAM);
}

IPCS_TEST(accepted_connection)
{
	struct ipcs_unix_addr addr;

	int listener = ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	sv[0] = ipcs_unix_connect(SOCK_STREAM, &addr);
	IPCS_SAFE(close((int)IPCS_SAFE(accept(listener, NULL, NULL))));
	ipcs_catch_signal(SIGPIPE, 0);
	IPCS_EXPECT_ERRNO(send(sv[0], "x", 1, 0), EPIPE);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGPIPE), 1);
}

IPCS_MAIN(stream, accepted_connection)
