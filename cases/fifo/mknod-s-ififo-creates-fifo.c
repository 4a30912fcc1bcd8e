/*
 * mknod with S_IFIFO creates a FIFO special file, like mkfifo, with
 * mode & ~umask, and needs no privilege.
 *
 * Ref: mknod(2) DESCRIPTION ("The file type must be one of S_IFREG, S_IFCHR,
 * S_IFBLK, S_IFIFO, or S_IFSOCK to specify a regular file (which will be
 * created empty), character special file, block special file, FIFO (named
 * pipe), or UNIX domain socket"; ERRORS EPERM only for types other than
 * FIFO and socket); POSIX.1-2017 mknod ("The only portable use of mknod() is
 * to create a FIFO-special file. If mode is not S_IFIFO or dev is not 0, the
 * behavior of mknod() is unspecified").
 */
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mknod with S_IFIFO creates a FIFO with mode & ~umask, without privilege",
          .ref = "mknod(2) DESCRIPTION; POSIX.1-2017 mknod", .needs = IPCS_NEEDS_UNPRIV,
          .tags = "fifo,mknod");

static void make_and_check(void)
{
	char path[256];
	struct stat st;

	ipcs_fifo_path(path, sizeof path);
	umask(027);
	IPCS_ASSERT_OK(mknod(path, S_IFIFO | 0666, 0));
	IPCS_SAFE(stat(path, &st));
	IPCS_EXPECT_TRUE(S_ISFIFO(st.st_mode));
	IPCS_EXPECT_EQ(st.st_mode & 07777, 0640);
}

static void unprivileged(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	make_and_check();
}

IPCS_TEST(creates_fifo)
{
	make_and_check();
}

IPCS_TEST(unprivileged_creates_fifo)
{
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(unprivileged, NULL), 0);
}

IPCS_MAIN(creates_fifo, unprivileged_creates_fifo)
