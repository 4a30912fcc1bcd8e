/*
 * accept() on a UNIX stream or seqpacket socket that is not listening (bound
 * or not) fails with EINVAL.
 *
 * Ref: POSIX.1-2017 accept ("[EINVAL] The socket is not accepting
 * connections"); accept(2) ERRORS ("EINVAL Socket is not listening for
 * connections").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "accept on a UNIX socket that is not listening fails with EINVAL",
          .ref = "POSIX.1-2017 accept; accept(2) ERRORS EINVAL", .tags = "accept,einval");

static void check(int type)
{
	struct ipcs_unix_addr addr;

	IPCS_EXPECT_ERRNO(accept(ipcs_unix_socket(type), NULL, NULL), EINVAL);
	ipcs_unix_path_addr(&addr, "nolisten");
	IPCS_EXPECT_ERRNO(accept(ipcs_unix_bound(type, &addr), NULL, NULL), EINVAL);
}

IPCS_TEST(stream)
{
	check(SOCK_STREAM);
}

IPCS_TEST(seqpacket)
{
	check(SOCK_SEQPACKET);
}

IPCS_MAIN(stream, seqpacket)
