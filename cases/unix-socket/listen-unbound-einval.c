/*
 * listen() on a UNIX stream socket that was never bound fails with EINVAL on
 * Linux (kernel), where POSIX names EDESTADDRREQ for a protocol that cannot
 * listen unbound and listen(2) lists neither; bound, the same socket
 * listens.
 *
 * Ref: net/unix/af_unix.c unix_listen() ("err = -EINVAL; if
 * (!READ_ONCE(u->addr)) goto out;", commented "No listens on an unbound
 * socket");
 * POSIX.1-2017 listen ("[EDESTADDRREQ] The socket is not bound to a local
 * address, and the protocol does not support listening on an unbound
 * socket"); listen(2) ERRORS.
 */
#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "listen on an unbound UNIX stream socket fails with EINVAL, not "
                      "EDESTADDRREQ (kernel)",
          .ref = "net/unix/af_unix.c unix_listen(); POSIX.1-2017 listen; listen(2) ERRORS",
          .tags = "listen,einval,deviation");

static void check(int type)
{
	struct ipcs_unix_addr addr;
	int fd = ipcs_unix_socket(type);
	IPCS_EXPECT_ERRNO(listen(fd, 4), EINVAL);
	ipcs_unix_path_addr(&addr, "listen");
	IPCS_SAFE(bind(fd, (struct sockaddr *)&addr.sa, addr.len));
	IPCS_EXPECT_OK(listen(fd, 4)); /* the control: bound, it listens */
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
