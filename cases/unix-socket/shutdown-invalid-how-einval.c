/*
 * shutdown() of a UNIX socket with a how that is none of SHUT_RD, SHUT_WR,
 * SHUT_RDWR fails with EINVAL, and the connection is left as it was.
 *
 * Ref: POSIX.1-2017 shutdown ("[EINVAL] The how argument is invalid");
 * shutdown(2) ERRORS ("EINVAL An invalid value was specified in how").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shutdown with an invalid how fails with EINVAL and changes nothing",
          .ref = "POSIX.1-2017 shutdown; shutdown(2) ERRORS", .tags = "shutdown,einval");

IPCS_TEST(invalid_how)
{
	int sv[2];
	char c;

	ipcs_unix_pair(SOCK_STREAM, sv);
	IPCS_EXPECT_ERRNO(shutdown(sv[0], SHUT_RDWR + 1), EINVAL);
	IPCS_EXPECT_ERRNO(shutdown(sv[0], -1), EINVAL);
	IPCS_EXPECT_EQ(send(sv[0], "x", 1, MSG_NOSIGNAL), 1); /* still open both ways */
	IPCS_EXPECT_EQ(recv(sv[1], &c, 1, MSG_DONTWAIT), 1);
	IPCS_EXPECT_ERRNO(recv(sv[1], &c, 1, MSG_DONTWAIT), EAGAIN); /* no EOF either */
}

IPCS_MAIN(invalid_how)
