/*
 * Permissions do not apply to abstract sockets: one bound under umask 0777
 * and then fchmod()ed to 0 still accepts a connection from an unprivileged
 * process, where a pathname socket made the same way refuses it with EACCES.
 *
 * Ref: unix(7) Abstract sockets ("Socket permissions have no meaning for
 * abstract sockets: the process umask(2) has no effect when binding an
 * abstract socket, and changing the ownership and permissions of the object
 * (via fchown(2) and fchmod(2)) has no effect on the accessibility of the
 * socket"), Pathname socket ownership and permissions.
 */
#include <sys/stat.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "umask and fchmod do not restrict connecting to an abstract UNIX socket",
          .ref = "unix(7) Abstract sockets, Pathname socket ownership and permissions",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "abstract,permissions");

static struct ipcs_unix_addr addr;

static void connect_as_user(void *arg)
{
	ipcs_become_user(0);
	int fd = ipcs_unix_socket(SOCK_STREAM);
	if (arg)
		IPCS_EXPECT_OK(connect(fd, (struct sockaddr *)&addr.sa, addr.len));
	else
		IPCS_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&addr.sa, addr.len), EACCES);
}

static int closed_listener(void)
{
	umask(0777);
	int fd = ipcs_unix_bound(SOCK_STREAM, &addr);
	IPCS_SAFE(listen(fd, 4));
	IPCS_SAFE(fchmod(fd, 0));
	return fd;
}

IPCS_TEST(abstract_connects)
{
	ipcs_unix_abstract_addr(&addr, "perm");
	closed_listener();
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(connect_as_user, &addr), 0);
}

IPCS_TEST(pathname_control_refused)
{
	ipcs_unix_path_addr(&addr, "perm");
	closed_listener();
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(connect_as_user, NULL), 0);
}

IPCS_MAIN(abstract_connects, pathname_control_refused)
