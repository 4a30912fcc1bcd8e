/*
 * Connecting to a pathname socket, or sending a datagram to one, needs write
 * permission on the socket file: an unprivileged process fails with EACCES
 * when the file grants no write, and succeeds once it does.
 *
 * Ref: unix(7) Pathname socket ownership and permissions ("On Linux,
 * connecting to a stream socket object requires write permission on that
 * socket; sending a datagram to a datagram socket likewise requires write
 * permission on that socket"); POSIX.1-2017 connect ("[EACCES] Search
 * permission is denied for a component of the path prefix; or write access
 * to the named socket is denied").
 */
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "connect or sendto a UNIX socket file without write permission fails with "
                      "EACCES",
          .ref = "unix(7) Pathname socket ownership and permissions; POSIX.1-2017 connect",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "pathname,permissions,eacces");

static struct ipcs_unix_addr addr;

static void connect_as_user(void *arg)
{
	int type = *(int *)arg;
	ipcs_become_user(0);
	int fd = ipcs_unix_socket(type);
	if (type == SOCK_STREAM)
		IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&addr.sa, addr.len), EACCES);
	else
		IPCS_EXPECT_ERRNO(sendto(fd, "x", 1, 0, (struct sockaddr *)&addr.sa, addr.len),
		                  EACCES);
}

static void connect_as_user_allowed(void *arg)
{
	int type = *(int *)arg;
	ipcs_become_user(0);
	int fd = ipcs_unix_socket(type);
	if (type == SOCK_STREAM)
		IPCS_EXPECT_OK(connect(fd, (struct sockaddr *)&addr.sa, addr.len));
	else
		IPCS_EXPECT_EQ(sendto(fd, "x", 1, 0, (struct sockaddr *)&addr.sa, addr.len), 1);
}

static void check(int type)
{
	ipcs_unix_path_addr(&addr, "perm");
	int fd = ipcs_unix_bound(type, &addr);
	if (type == SOCK_STREAM)
		IPCS_SAFE(listen(fd, 4));
	IPCS_SAFE(chmod(addr.path, 0555)); /* read and search for all, write for none */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(connect_as_user, &type), 0);
	IPCS_SAFE(chmod(addr.path, 0777)); /* negative control: write granted */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(connect_as_user_allowed, &type), 0);
}

IPCS_TEST(stream_connect)
{
	check(SOCK_STREAM);
}

IPCS_TEST(dgram_sendto)
{
	check(SOCK_DGRAM);
}

IPCS_MAIN(stream_connect, dgram_sendto)
