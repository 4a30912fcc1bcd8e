/*
 * mkfifo creates a FIFO special file whose permission bits are the mode
 * given with the process umask cleared from it, owned by the caller.
 *
 * Ref: mkfifo(3) DESCRIPTION ("mkfifo() makes a FIFO special file with name
 * pathname. mode specifies the FIFO's permissions. It is modified by the
 * process's umask in the usual way: the permissions of the created file are
 * (mode & ~umask)"); POSIX.1-2017 mkfifo ("The file permission bits of the
 * new FIFO shall be initialized from mode. The file permission bits of the
 * mode argument shall be modified by the process' file creation mask"; "The
 * FIFO's user ID shall be set to the process' effective user ID").
 */
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mkfifo creates a FIFO with permissions mode & ~umask owned by the caller",
          .ref = "mkfifo(3) DESCRIPTION; POSIX.1-2017 mkfifo", .tags = "fifo,mkfifo,umask");

static void expect_mode(mode_t mode, mode_t mask, mode_t want)
{
	char path[256];
	struct stat st;

	ipcs_fifo_path(path, sizeof path);
	umask(mask);
	IPCS_ASSERT_OK(mkfifo(path, mode));
	IPCS_SAFE(stat(path, &st));
	IPCS_EXPECT_TRUE(S_ISFIFO(st.st_mode));
	IPCS_EXPECT_EQ(st.st_mode & 07777, want);
	IPCS_EXPECT_EQ(st.st_uid, geteuid());
	IPCS_EXPECT_EQ(st.st_size, 0);
}

IPCS_TEST(mode_with_umask_applied)
{
	expect_mode(0666, 022, 0644);
	expect_mode(0640, 0, 0640);
	expect_mode(0777, 0077, 0700);
	expect_mode(0606, 0002, 0604);
}

IPCS_MAIN(mode_with_umask_applied)
