/*
 * mkfifo in a directory that does not exist fails with ENOENT, as does an
 * empty path.
 *
 * Ref: mkfifo(3) ERRORS ("ENOENT A directory component in pathname does not
 * exist or is a dangling symbolic link"); POSIX.1-2017 mkfifo ([ENOENT] "A
 * component of the path prefix of path does not name an existing file or
 * path is an empty string").
 */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mkfifo fails with ENOENT when a directory in the path does not exist",
          .ref = "mkfifo(3) ERRORS; POSIX.1-2017 mkfifo", .tags = "fifo,mkfifo,enoent");

IPCS_TEST(missing_directory)
{
	char dir[256], path[300];

	ipcs_fifo_path(dir, sizeof dir); /* names nothing */
	snprintf(path, sizeof path, "%s/fifo", dir);
	IPCS_EXPECT_ERRNO(mkfifo(path, 0600), ENOENT);
}

IPCS_TEST(empty_path)
{
	IPCS_EXPECT_ERRNO(mkfifo("", 0600), ENOENT);
}

IPCS_MAIN(missing_directory, empty_path)
