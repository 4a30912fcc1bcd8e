/*
 * ftok() on a pathname that stat() cannot resolve returns -1 with the errno
 * stat() gives: ENOENT for a missing file, ENOTDIR for a path through a
 * regular file.
 *
 * Ref: ftok(3) RETURN VALUE ("On failure -1 is returned, with errno
 * indicating the error as for the stat(2) system call"); POSIX.1-2017 ftok
 * ERRORS (ENOENT, ENOTDIR).
 */
#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "ftok on a path stat cannot resolve fails with stat's errno",
          .ref = "ftok(3) RETURN VALUE; POSIX.1-2017 ftok ERRORS", .tags = "keys,ftok");

static void expect_like_stat(const char *path, int want)
{
	struct stat st;
	IPCS_EXPECT_ERRNO(stat(path, &st), want); /* the reference */
	IPCS_EXPECT_ERRNO(ftok(path, 'a'), want);
}

IPCS_TEST(missing_file_enoent)
{
	char path[PATH_MAX], missing[PATH_MAX + 16];
	ipcs_temp_file(path, sizeof path);
	snprintf(missing, sizeof missing, "%s.missing", path);
	expect_like_stat(missing, ENOENT);
}

IPCS_TEST(path_through_file_enotdir)
{
	char path[PATH_MAX], through[PATH_MAX + 16];
	ipcs_temp_file(path, sizeof path);
	snprintf(through, sizeof through, "%s/child", path);
	expect_like_stat(through, ENOTDIR);
}

IPCS_MAIN(missing_file_enoent, path_through_file_enotdir)
