/*
 * shutdown() on a UNIX stream socket that is not connected succeeds on Linux
 * (kernel), where POSIX and shutdown(2) say it fails with ENOTCONN:
 * unix_shutdown() (net/unix/af_unix.c) checks only how, never the connection
 * state (inet_shutdown() gives TCP its ENOTCONN). A kernel that follows the
 * documentation fails this case: that is a change worth knowing about.
 *
 * Ref: net/unix/af_unix.c unix_shutdown(); POSIX.1-2017 shutdown ("The
 * shutdown() function shall fail if: ... [ENOTCONN] The socket is not
 * connected"); shutdown(2) ERRORS ("ENOTCONN The specified socket is not
 * connected").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "shutdown on an unconnected UNIX stream socket succeeds, not the documented "
                      "ENOTCONN (kernel)",
          .ref = "net/unix/af_unix.c unix_shutdown(); POSIX.1-2017 shutdown; shutdown(2) ERRORS",
          .tags = "shutdown,enotconn,deviation");

IPCS_TEST(fresh_socket)
{
	IPCS_EXPECT_OK(shutdown(ipcs_unix_socket(SOCK_STREAM), SHUT_RDWR));
}

IPCS_MAIN(fresh_socket)
