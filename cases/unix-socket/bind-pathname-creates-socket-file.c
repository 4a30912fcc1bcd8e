/*
 * Binding a UNIX socket to a pathname creates a file of type socket at that
 * path, with all permissions except those turned off by the umask.
 *
 * Ref: unix(7) DESCRIPTION ("bound to a filesystem pathname (marked as being
 * of type socket)"), Pathname socket ownership and permissions ("The socket
 * file has all permissions enabled, other than those that are turned off by
 * the process umask(2)"); inode(7) S_IFSOCK.
 */
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_unix_socket.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "bind to a pathname creates a socket file with mode 0777 & ~umask",
          .ref = "unix(7) DESCRIPTION, Pathname socket ownership and permissions",
          .tags = "pathname,bind");

static void check(int type, mode_t mask)
{
	struct ipcs_unix_addr addr;
	struct stat st;

	ipcs_unix_path_addr(&addr, "bind");
	IPCS_EXPECT_ERRNO(lstat(addr.path, &st), ENOENT); /* nothing there before */
	int fd = ipcs_unix_socket(type);
	umask(mask);
	IPCS_ASSERT_OK(bind(fd, (struct sockaddr *)&addr.sa, addr.len));
	IPCS_ASSERT_OK(lstat(addr.path, &st));
	IPCS_EXPECT_TRUE(S_ISSOCK(st.st_mode));
	IPCS_EXPECT_EQ(st.st_mode & 07777, 0777 & ~mask);
	IPCS_EXPECT_EQ(st.st_uid, geteuid());
}

IPCS_TEST(stream_umask_022)
{
	check(SOCK_STREAM, 022);
}

IPCS_TEST(dgram_umask_077)
{
	check(SOCK_DGRAM, 077);
}

IPCS_TEST(seqpacket_umask_0)
{
	check(SOCK_SEQPACKET, 0);
}

IPCS_MAIN(stream_umask_022, dgram_umask_077, seqpacket_umask_0)
