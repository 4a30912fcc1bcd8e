/*
 * A send on a connected UNIX SOCK_SEQPACKET socket whose peer has closed fails
 * with EPIPE but raises no SIGPIPE on Linux (kernel), where POSIX requires
 * SIGPIPE for SOCK_SEQPACKET without MSG_NOSIGNAL: the seqpacket send path
 * (net/unix/af_unix.c unix_seqpacket_sendmsg() -> unix_dgram_sendmsg())
 * never calls send_sig(SIGPIPE), unlike unix_stream_sendmsg(); unix(7)
 * promises SIGPIPE only "on a stream socket". A kernel that follows POSIX
 * fails this case: that is a change worth knowing about.
 *
 * Ref: net/unix/af_unix.c unix_dgram_sendmsg(); POSIX.1-2017 send ("[EPIPE]
 * ... the socket is connection-mode and is no longer connected. In the
 * latter case, and if the socket is of type SOCK_STREAM or SOCK_SEQPACKET and
 * the MSG_NOSIGNAL flag is not set, the SIGPIPE signal is generated to the
 * calling thread"); unix(7) ERRORS EPIPE.
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "send to a closed UNIX seqpacket peer fails with EPIPE and no SIGPIPE, "
                      "where POSIX requires one (kernel)",
          .ref = "net/unix/af_unix.c unix_dgram_sendmsg(); POSIX.1-2017 send; unix(7) ERRORS",
          .tags = "seqpacket,epipe,sigpipe,deviation");

static int sv[2];

static void check(int type)
{
	ipcs_unix_pair(type, sv);
	IPCS_SAFE(close(sv[1]));
	ipcs_catch_signal(SIGPIPE, 0);
	IPCS_EXPECT_ERRNO(send(sv[0], "x", 1, 0), EPIPE);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGPIPE), 0);
	IPCS_EXPECT_ERRNO(send(sv[0], "x", 1, MSG_NOSIGNAL), EPIPE);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGPIPE), 0);
}

IPCS_TEST(seqpacket)
{
	check(SOCK_SEQPACKET);
}

IPCS_MAIN(seqpacket)
