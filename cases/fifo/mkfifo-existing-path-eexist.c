/*
 * mkfifo on a path that already exists, a FIFO, a regular file or a
 * symbolic link (even a dangling one), fails with EEXIST and leaves the
 * existing file as it was; it does not follow the link.
 *
 * Ref: mkfifo(3) ERRORS ("EEXIST pathname already exists. This includes the
 * case where pathname is a symbolic link, dangling or not."); POSIX.1-2017
 * mkfifo ([EEXIST] "The named file already exists").
 */
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "mkfifo on an existing path fails with EEXIST",
          .ref = "mkfifo(3) ERRORS; POSIX.1-2017 mkfifo", .tags = "fifo,mkfifo,eexist");

IPCS_TEST(existing_fifo)
{
	char path[256];
	struct stat st;

	ipcs_temp_fifo(path, sizeof path); /* mode 0600 */
	IPCS_EXPECT_ERRNO(mkfifo(path, 0644), EEXIST);
	IPCS_SAFE(stat(path, &st));
	IPCS_EXPECT_EQ(st.st_mode & 07777, 0600); /* untouched */
}

IPCS_TEST(existing_regular_file)
{
	char path[256];
	struct stat st;

	ipcs_temp_file(path, sizeof path);
	IPCS_EXPECT_ERRNO(mkfifo(path, 0600), EEXIST);
	IPCS_SAFE(stat(path, &st));
	IPCS_EXPECT_TRUE(S_ISREG(st.st_mode));
}

IPCS_TEST(existing_dangling_symlink)
{
	char link[256], target[256];
	struct stat st;

	ipcs_fifo_path(target, sizeof target); /* names nothing */
	ipcs_fifo_path(link, sizeof link);
	IPCS_SAFE(symlink(target, link));
	IPCS_EXPECT_ERRNO(mkfifo(link, 0600), EEXIST);
	IPCS_EXPECT_ERRNO(lstat(target, &st), ENOENT); /* not created through it */
}

IPCS_MAIN(existing_fifo, existing_regular_file, existing_dangling_symlink)
