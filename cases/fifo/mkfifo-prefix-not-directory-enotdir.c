/*
 * mkfifo with a path whose prefix names a regular file fails with ENOTDIR.
 *
 * Ref: mkfifo(3) ERRORS ("ENOTDIR A component used as a directory in
 * pathname is not, in fact, a directory"); POSIX.1-2017 mkfifo ([ENOTDIR] "A
 * component of the path prefix names an existing file that is neither a
 * directory nor a symbolic link to a directory").
 */
#include <stdio.h>
#include <sys/stat.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mkfifo fails with ENOTDIR when a path prefix is a regular file",
          .ref = "mkfifo(3) ERRORS; POSIX.1-2017 mkfifo", .tags = "fifo,mkfifo,enotdir");

IPCS_TEST(prefix_is_a_file)
{
	char file[256], path[300];

	ipcs_temp_file(file, sizeof file);
	snprintf(path, sizeof path, "%s/fifo", file);
	IPCS_EXPECT_ERRNO(mkfifo(path, 0600), ENOTDIR);
}

IPCS_MAIN(prefix_is_a_file)
