/*
 * connect() to a UNIX pathname that does not exist fails with ENOENT, for a
 * missing last component and for a missing directory on the way.
 *
 * Ref: POSIX.1-2017 connect ("If the address family of the socket is AF_UNIX,
 * then connect() shall fail if: ... [ENOENT] A component of the pathname does
 * not name an existing file or the pathname is an empty string"); unix(7)
 * ERRORS ENOENT.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "connect to a UNIX pathname that does not exist fails with ENOENT",
          .ref = "POSIX.1-2017 connect; unix(7) ERRORS ENOENT", .tags = "connect,enoent");

static void check(int type)
{
	struct ipcs_unix_addr addr, dir_missing;

	ipcs_unix_path_addr(&addr, "missing"); /* registered, never created */
	int fd = ipcs_unix_socket(type);
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&addr.sa, addr.len), ENOENT);

	/* "<missing>/x": a directory component that does not exist */
	dir_missing = addr;
	size_t n = strlen(addr.path);
	if (n + 3 > sizeof dir_missing.sa.sun_path)
		IPCS_BROKEN("socket path too long to extend");
	memcpy(dir_missing.sa.sun_path + n, "/x", 3);
	dir_missing.len = addr.len + 2;
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&dir_missing.sa, dir_missing.len), ENOENT);
}

IPCS_TEST(stream)
{
	check(SOCK_STREAM);
}

IPCS_TEST(dgram)
{
	check(SOCK_DGRAM);
}

IPCS_MAIN(stream, dgram)
