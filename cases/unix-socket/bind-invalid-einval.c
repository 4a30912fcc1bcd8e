/*
 * bind() of a UNIX socket fails with EINVAL when the socket is already bound,
 * when sun_family is not AF_UNIX, and when addrlen exceeds
 * sizeof(struct sockaddr_un).
 *
 * Ref: POSIX.1-2017 bind ("[EINVAL] The socket is already bound to an
 * address, and the protocol does not support binding to a new address");
 * bind(2) ERRORS EINVAL ("The socket is already bound to an address";
 * "addrlen is wrong"); unix(7) ERRORS ("EINVAL ... A common cause is that the
 * value AF_UNIX was not specified in the sun_type field of passed
 * addresses").
 */
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "bind of a bound UNIX socket, a wrong family or an oversized addrlen fails "
                      "with EINVAL",
          .ref = "bind(2) ERRORS EINVAL; unix(7) ERRORS; POSIX.1-2017 bind", .tags = "bind,einval");

IPCS_TEST(already_bound)
{
	struct ipcs_unix_addr first, second;

	ipcs_unix_path_addr(&first, "first");
	ipcs_unix_path_addr(&second, "second");
	int fd = ipcs_unix_bound(SOCK_STREAM, &first);
	IPCS_EXPECT_ERRNO(bind(fd, (struct sockaddr *)&second.sa, second.len), EINVAL);
}

IPCS_TEST(wrong_family)
{
	struct ipcs_unix_addr addr;

	ipcs_unix_path_addr(&addr, "family");
	addr.sa.sun_family = AF_INET;
	IPCS_EXPECT_ERRNO(
	    bind(ipcs_unix_socket(SOCK_STREAM), (struct sockaddr *)&addr.sa, addr.len), EINVAL);
}

IPCS_TEST(addrlen_too_long)
{
	struct {
		struct sockaddr_un sa;
		char extra[8];
	} big = {.sa = {.sun_family = AF_UNIX}};

	IPCS_EXPECT_ERRNO(
	    bind(ipcs_unix_socket(SOCK_STREAM), (struct sockaddr *)&big, sizeof big.sa + 1),
	    EINVAL);
}

IPCS_MAIN(already_bound, wrong_family, addrlen_too_long)
