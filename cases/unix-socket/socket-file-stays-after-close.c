/*
 * The socket file of a pathname socket stays in the filesystem after the
 * socket is closed, and the path can be bound again only once it is
 * unlinked.
 *
 * Ref: unix(7) NOTES ("Binding to a socket with a filename creates a socket
 * in the filesystem that must be deleted by the caller when it is no longer
 * needed (using unlink(2))").
 */
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a pathname socket's file stays after close; unlink lets the path be bound "
                      "again",
          .ref = "unix(7) NOTES", .tags = "pathname,bind,unlink");

IPCS_TEST(file_stays_until_unlinked)
{
	struct ipcs_unix_addr addr;
	struct stat st;

	ipcs_unix_path_addr(&addr, "stays");
	close(ipcs_unix_bound(SOCK_STREAM, &addr));
	IPCS_ASSERT_OK(lstat(addr.path, &st));
	IPCS_EXPECT_TRUE(S_ISSOCK(st.st_mode));
	int again = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_ERRNO(bind(again, (struct sockaddr *)&addr.sa, addr.len), EADDRINUSE);
	IPCS_SAFE(unlink(addr.path));
	IPCS_EXPECT_OK(bind(again, (struct sockaddr *)&addr.sa, addr.len));
	IPCS_EXPECT_OK(listen(again, 1));
	/* the new socket is the one reached through the path */
	int client = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_OK(connect(client, (struct sockaddr *)&addr.sa, addr.len));
}

IPCS_MAIN(file_stays_until_unlinked)
