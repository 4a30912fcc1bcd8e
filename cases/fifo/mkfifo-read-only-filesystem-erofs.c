/*
 * mkfifo (and mknod with S_IFIFO) in a directory on a read-only file system
 * fails with EROFS and creates nothing.
 *
 * Ref: mkfifo(3) ERRORS ("EROFS pathname refers to a read-only
 * filesystem"); mknod(2) ERRORS ("EROFS pathname refers to a file on a
 * read-only filesystem"); POSIX.1-2017 mkfifo ([EROFS] "The named file
 * resides on a read-only file system").
 */
#include <libgen.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mkfifo fails with EROFS on a read-only file system",
          .ref = "mkfifo(3) ERRORS; mknod(2) ERRORS; POSIX.1-2017 mkfifo",
          .tags = "fifo,mkfifo,erofs");

static char control[256], path[256];

static void on_readonly_mount(void *arg)
{
	(void)arg;
	struct stat st;
	char dir[256];

	strcpy(dir, path);
	ipcs_readonly_dir_here(dirname(dir));
	IPCS_EXPECT_ERRNO(mkfifo(path, 0600), EROFS);
	IPCS_EXPECT_ERRNO(mknod(path, S_IFIFO | 0600, 0), EROFS);
	IPCS_EXPECT_ERRNO(lstat(path, &st), ENOENT);
}

IPCS_TEST(mkfifo_on_readonly_mount_erofs)
{
	/* control: the same directory takes a FIFO where it is writable */
	ipcs_temp_fifo(control, sizeof control);
	ipcs_fifo_path(path, sizeof path);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(on_readonly_mount, NULL), 0);
}

IPCS_MAIN(mkfifo_on_readonly_mount_erofs)
