/*
 * recv() on a UNIX stream socket that is not connected fails with EINVAL on
 * Linux (kernel), where recv(2) and POSIX name ENOTCONN; on a seqpacket
 * socket it fails with ENOTCONN as documented.
 *
 * Ref: net/unix/af_unix.c unix_stream_read_generic() (-EINVAL unless the
 * state is TCP_ESTABLISHED), unix_seqpacket_recvmsg() (-ENOTCONN); recv(2)
 * ERRORS ("ENOTCONN The socket is associated with a connection-oriented
 * protocol and has not been connected"); POSIX.1-2017 recv ("[ENOTCONN] A
 * receive is attempted on a connection-mode socket that is not connected").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "recv on an unconnected UNIX stream socket fails with EINVAL, not the "
                      "documented ENOTCONN (kernel); seqpacket gives ENOTCONN",
          .ref = "net/unix/af_unix.c unix_stream_read_generic(), unix_seqpacket_recvmsg(); "
                 "recv(2) ERRORS; POSIX.1-2017 recv",
          .tags = "enotconn,einval");

IPCS_TEST(stream_einval)
{
	char c;
	IPCS_EXPECT_ERRNO(recv(ipcs_unix_socket(SOCK_STREAM), &c, 1, MSG_DONTWAIT), EINVAL);
}

IPCS_TEST(seqpacket_enotconn)
{
	char c;
	IPCS_EXPECT_ERRNO(recv(ipcs_unix_socket(SOCK_SEQPACKET), &c, 1, MSG_DONTWAIT), ENOTCONN);
}

IPCS_MAIN(stream_einval, seqpacket_enotconn)
