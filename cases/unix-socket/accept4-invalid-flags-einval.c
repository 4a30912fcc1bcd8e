/*
 * accept4() with a flag other than SOCK_NONBLOCK and SOCK_CLOEXEC fails with
 * EINVAL, and the pending connection stays queued for a later accept.
 *
 * Ref: accept(2) ERRORS ("EINVAL (accept4()) invalid value in flags"),
 * DESCRIPTION accept4() ("If flags is 0, then accept4() is the same as
 * accept(). The following values can be bitwise ORed in flags").
 */
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "accept4 with an unknown flag fails with EINVAL and leaves the connection "
                      "queued",
          .ref = "accept(2) ERRORS EINVAL, DESCRIPTION accept4()", .tags = "accept,flags,einval");

IPCS_TEST(unknown_flag)
{
	struct ipcs_unix_addr addr;
	/* non-blocking: an accept4 that wrongly falls back to accept() cannot hang */
	int listener = ipcs_unix_listener(SOCK_STREAM | SOCK_NONBLOCK, &addr, 4);
	ipcs_unix_connect(SOCK_STREAM, &addr);
	IPCS_EXPECT_ERRNO(accept4(listener, NULL, NULL, SOCK_STREAM | SOCK_NONBLOCK), EINVAL);
	IPCS_EXPECT_ERRNO(accept4(listener, NULL, NULL, 0x1), EINVAL);
	IPCS_EXPECT_GE(accept4(listener, NULL, NULL, SOCK_NONBLOCK), 0); /* still queued */
}

IPCS_MAIN(unknown_flag)
