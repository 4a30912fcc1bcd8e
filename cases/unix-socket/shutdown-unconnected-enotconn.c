/*
 * shutdown() on a UNIX stream socket that is not connected fails with
 * ENOTCONN, as POSIX and shutdown(2) say. Linux 6.18 returns 0: unix_shutdown()
 * (net/unix/af_unix.c) checks only how, never the connection state (unlike
 * inet_shutdown(), which gives TCP ENOTCONN).
 *
 * Ref: POSIX.1-2017 shutdown ("The shutdown() function shall fail if: ...
 * [ENOTCONN] The socket is not connected"); shutdown(2) ERRORS ("ENOTCONN
 * The specified socket is not connected").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shutdown on an unconnected UNIX stream socket fails with ENOTCONN",
          .ref = "POSIX.1-2017 shutdown; shutdown(2) ERRORS ENOTCONN", .tags = "shutdown,enotconn");

IPCS_TEST(fresh_socket)
{
	IPCS_EXPECT_ERRNO(shutdown(ipcs_unix_socket(SOCK_STREAM), SHUT_RDWR), ENOTCONN);
}

IPCS_MAIN(fresh_socket)
