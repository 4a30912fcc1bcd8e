/*
 * An existing FIFO on a read-only mount still opens for writing and carries
 * data (kernel), while a regular file beside it cannot be opened for
 * writing (EROFS): writing to a FIFO does not write to the file system.
 *
 * Ref: kernel fs/namei.c sb_permission() ("Nobody gets write access to a
 * read-only fs" applies to regular files, directories and symbolic links
 * only) and fs/open.c do_dentry_open() (mount write access is taken only for
 * files that are not special_file()). open(2) ERRORS EROFS ("pathname refers
 * to a file on a read-only filesystem and write access was requested") does
 * not except FIFOs; Linux does.
 */
#include <fcntl.h>
#include <libgen.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "a FIFO on a read-only mount opens for writing and carries data (kernel; "
                      "open(2) EROFS names no exception)",
          .ref = "kernel fs/namei.c sb_permission, fs/open.c do_dentry_open; open(2) ERRORS "
                 "EROFS",
          .tags = "fifo,erofs");

static char path[256], file[256];

static void on_readonly_mount(void *arg)
{
	(void)arg;
	char dir[256], buf[8] = {0};

	strcpy(dir, path);
	ipcs_readonly_dir_here(dirname(dir));
	/* control: the regular file beside it is read-only now */
	IPCS_EXPECT_ERRNO(open(file, O_WRONLY), EROFS);
	int r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	int w;
	if (IPCS_EXPECT_OK(w = open(path, O_WRONLY))) {
		IPCS_EXPECT_EQ(write(w, "abc", 3), 3);
		IPCS_EXPECT_EQ(read(r, buf, sizeof buf), 3);
		IPCS_EXPECT_STREQ(buf, "abc");
	}
	IPCS_EXPECT_OK(open(path, O_RDWR));
}

IPCS_TEST(fifo_on_readonly_mount_carries_data)
{
	ipcs_temp_fifo(path, sizeof path);
	ipcs_temp_file(file, sizeof file);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(on_readonly_mount, NULL), 0);
}

IPCS_MAIN(fifo_on_readonly_mount_carries_data)
