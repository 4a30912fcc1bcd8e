/*
 * connect() to a pathname that names a regular file, not a socket, fails
 * with ECONNREFUSED.
 *
 * Ref: unix(7) ERRORS ("ECONNREFUSED ... This error can also occur if the
 * target pathname is not a socket").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "connect to a UNIX path naming a regular file fails with ECONNREFUSED",
          .ref = "unix(7) ERRORS ECONNREFUSED", .tags = "connect,econnrefused");

static void check(int type)
{
	struct ipcs_unix_addr addr;

	ipcs_unix_path_addr(&addr, "regular");
	close((int)IPCS_SAFE(open(addr.path, O_CREAT | O_EXCL | O_WRONLY, 0666)));
	int fd = ipcs_unix_socket(type);
	IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&addr.sa, addr.len), ECONNREFUSED);
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
