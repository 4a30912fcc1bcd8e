/*
 * The socket returned by accept() does not inherit O_NONBLOCK from a
 * non-blocking listener; accept4() sets O_NONBLOCK and FD_CLOEXEC on it when
 * given SOCK_NONBLOCK and SOCK_CLOEXEC.
 *
 * Ref: accept(2) NOTES/VERSIONS ("On Linux, the new socket returned by
 * accept() does not inherit file status flags such as O_NONBLOCK and O_ASYNC
 * from the listening socket"), DESCRIPTION accept4() SOCK_NONBLOCK,
 * SOCK_CLOEXEC.
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "accept does not pass the listener's O_NONBLOCK on; accept4 flags set "
                      "O_NONBLOCK and FD_CLOEXEC",
          .ref = "accept(2) DESCRIPTION, NOTES", .tags = "accept,flags");

IPCS_TEST(accept_inherits_no_nonblock)
{
	struct ipcs_unix_addr addr;

	int listener = ipcs_unix_listener(SOCK_STREAM | SOCK_NONBLOCK, &addr, 4);
	ipcs_unix_connect(SOCK_STREAM, &addr);
	int fd = (int)IPCS_SAFE(accept(listener, NULL, NULL));
	IPCS_EXPECT_EQ(IPCS_SAFE(fcntl(fd, F_GETFL)) & O_NONBLOCK, 0);
	IPCS_EXPECT_EQ(IPCS_SAFE(fcntl(fd, F_GETFD)) & FD_CLOEXEC, 0);
}

IPCS_TEST(accept4_sets_flags)
{
	struct ipcs_unix_addr addr;

	int listener = ipcs_unix_listener(SOCK_STREAM, &addr, 4);
	ipcs_unix_connect(SOCK_STREAM, &addr);
	int fd = (int)IPCS_SAFE(accept4(listener, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC));
	IPCS_EXPECT_NE(IPCS_SAFE(fcntl(fd, F_GETFL)) & O_NONBLOCK, 0);
	IPCS_EXPECT_NE(IPCS_SAFE(fcntl(fd, F_GETFD)) & FD_CLOEXEC, 0);
}

IPCS_MAIN(accept_inherits_no_nonblock, accept4_sets_flags)
