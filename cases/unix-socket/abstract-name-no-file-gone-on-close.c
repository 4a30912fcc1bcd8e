/*
 * An abstract UNIX socket name (sun_path starting with a NUL byte) creates
 * no file, and disappears when the socket is closed: connecting then fails
 * with ECONNREFUSED and the name can be bound again at once.
 *
 * Ref: unix(7) DESCRIPTION abstract ("The name has no connection with
 * filesystem pathnames"), Abstract sockets ("Abstract sockets automatically
 * disappear when all open references to the socket are closed").
 */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "an abstract UNIX name creates no file and is gone when its socket closes",
          .ref = "unix(7) DESCRIPTION abstract, Abstract sockets", .tags = "abstract");

IPCS_TEST(no_file_is_created)
{
	struct ipcs_unix_addr path, abs;
	struct stat st;

	/* The abstract name "\0<a temp path>": no file may appear at <path>. */
	ipcs_unix_path_addr(&path, "abs");
	memset(&abs, 0, sizeof abs);
	abs.sa.sun_family = AF_UNIX;
	size_t n = strlen(path.path);
	if (n + 1 > sizeof abs.sa.sun_path)
		IPCS_BROKEN("path too long for an abstract name");
	memcpy(abs.sa.sun_path + 1, path.path, n);
	abs.len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + n);
	int fd = ipcs_unix_socket(SOCK_STREAM);
	IPCS_ASSERT_OK(bind(fd, (struct sockaddr *)&abs.sa, abs.len));
	IPCS_SAFE(listen(fd, 1));
	IPCS_EXPECT_ERRNO(lstat(path.path, &st), ENOENT);
	/* but the name is reachable */
	int client = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_OK(connect(client, (struct sockaddr *)&abs.sa, abs.len));
}

IPCS_TEST(name_gone_with_the_socket)
{
	struct ipcs_unix_addr abs;

	ipcs_unix_abstract_addr(&abs, "gone");
	int fd = ipcs_unix_bound(SOCK_STREAM, &abs);
	IPCS_SAFE(listen(fd, 1));
	int second = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_ERRNO(bind(second, (struct sockaddr *)&abs.sa, abs.len), EADDRINUSE);
	close(fd);
	int client = ipcs_unix_socket(SOCK_STREAM);
	IPCS_EXPECT_ERRNO(connect(client, (struct sockaddr *)&abs.sa, abs.len), ECONNREFUSED);
	IPCS_EXPECT_OK(bind(second, (struct sockaddr *)&abs.sa, abs.len)); /* free again */
}

IPCS_MAIN(no_file_is_created, name_gone_with_the_socket)
