/*
 * A send on a UNIX stream socket shut down for writing fails with EPIPE and
 * raises SIGPIPE in the sender, unless MSG_NOSIGNAL is given (EPIPE, no
 * signal).
 *
 * Ref: send(2) ERRORS ("EPIPE The local end has been shut down on a
 * connection oriented socket. In this case, the process will also receive a
 * SIGPIPE unless MSG_NOSIGNAL is set"); POSIX.1-2017 send ("[EPIPE] The
 * socket is shut down for writing").
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "send after shutdown(SHUT_WR) fails with EPIPE and raises SIGPIPE unless "
                      "MSG_NOSIGNAL",
          .ref = "send(2) ERRORS EPIPE; POSIX.1-2017 send", .tags = "shutdown,epipe,sigpipe");

static int sv[2];

static void send_with_default_sigpipe(void *arg)
{
	(void)arg;
	signal(SIGPIPE, SIG_DFL);
	send(sv[0], "x", 1, 0);
	IPCS_FAIL("send after SHUT_WR returned; expected death by SIGPIPE");
}

IPCS_TEST(epipe_and_sigpipe)
{
	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(shutdown(sv[0], SHUT_WR));
	ipcs_catch_signal(SIGPIPE, 0);
	IPCS_EXPECT_ERRNO(send(sv[0], "x", 1, 0), EPIPE);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGPIPE), 1);
}

IPCS_TEST(msg_nosignal_no_sigpipe)
{
	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(shutdown(sv[0], SHUT_WR));
	ipcs_catch_signal(SIGPIPE, 0);
	IPCS_EXPECT_ERRNO(send(sv[0], "x", 1, MSG_NOSIGNAL), EPIPE);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGPIPE), 0);
}

IPCS_TEST(default_sigpipe_kills)
{
	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_SAFE(shutdown(sv[0], SHUT_WR));
	IPCS_EXPECT_CHILD_SIGNAL(ipcs_spawn(send_with_default_sigpipe, NULL), SIGPIPE);
}

IPCS_MAIN(epipe_and_sigpipe, msg_nosignal_no_sigpipe, default_sigpipe_kills)
