/*
 * bind() to a pathname that already exists fails with EADDRINUSE: while the
 * first socket is open, after it is closed (its file stays), and when the
 * path is a regular file.
 *
 * Ref: unix(7) ERRORS ("EADDRINUSE The specified local address is already in
 * use or the filesystem socket object already exists"); bind(2) ERRORS
 * EADDRINUSE; POSIX.1-2017 bind ("[EADDRINUSE] The specified address is
 * already in use").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "bind to an existing pathname (live socket, stale socket file, regular "
                      "file) fails with EADDRINUSE",
          .ref = "unix(7) ERRORS EADDRINUSE; bind(2) ERRORS; POSIX.1-2017 bind",
          .tags = "pathname,bind,eaddrinuse");

IPCS_TEST(path_of_open_socket)
{
	struct ipcs_unix_addr addr;

	ipcs_unix_path_addr(&addr, "inuse");
	ipcs_unix_bound(SOCK_STREAM, &addr);
	int second = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_ERRNO(bind(second, (struct sockaddr *)&addr.sa, addr.len), EADDRINUSE);
}

IPCS_TEST(path_of_closed_socket)
{
	struct ipcs_unix_addr addr;

	ipcs_unix_path_addr(&addr, "stale");
	close(ipcs_unix_bound(SOCK_DGRAM, &addr));
	int second = ipcs_unix_socket(SOCK_DGRAM);
	IPCS_EXPECT_ERRNO(bind(second, (struct sockaddr *)&addr.sa, addr.len), EADDRINUSE);
}

IPCS_TEST(path_of_regular_file)
{
	struct ipcs_unix_addr addr;

	ipcs_unix_path_addr(&addr, "file");
	close((int)IPCS_SAFE(open(addr.path, O_CREAT | O_EXCL | O_WRONLY, 0600)));
	int fd = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_ERRNO(bind(fd, (struct sockaddr *)&addr.sa, addr.len), EADDRINUSE);
}

IPCS_MAIN(path_of_open_socket, path_of_closed_socket, path_of_regular_file)
