/*
 * mkfifoat creates the FIFO relative to the directory referred to by dirfd
 * for a relative path, relative to the working directory with AT_FDCWD.
 *
 * Ref: mkfifo(3) mkfifoat() ("If the pathname given in pathname is
 * relative, then it is interpreted relative to the directory referred to by
 * the file descriptor dirfd"; "If pathname is relative and dirfd is the
 * special value AT_FDCWD, then pathname is interpreted relative to the
 * current working directory"); POSIX.1-2017 mkfifoat.
 */
#include <fcntl.h>
#include <libgen.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mkfifoat creates a relative path under dirfd, or the cwd with AT_FDCWD",
          .ref = "mkfifo(3) mkfifoat(); POSIX.1-2017 mkfifoat", .tags = "fifo,mkfifoat");

static void split(char *path, char *dir, char *base, size_t size)
{
	char tmp[256];
	strncpy(tmp, path, sizeof tmp - 1);
	tmp[sizeof tmp - 1] = '\0';
	strncpy(dir, dirname(tmp), size - 1);
	dir[size - 1] = '\0';
	strncpy(tmp, path, sizeof tmp - 1);
	strncpy(base, basename(tmp), size - 1);
	base[size - 1] = '\0';
}

IPCS_TEST(relative_to_dirfd)
{
	char path[256], dir[256], base[256];
	struct stat st;

	ipcs_fifo_path(path, sizeof path);
	split(path, dir, base, sizeof dir);
	int dfd = (int)IPCS_SAFE(open(dir, O_RDONLY | O_DIRECTORY));
	IPCS_SAFE(chdir("/")); /* so the cwd is not where it lands by chance */
	IPCS_ASSERT_OK(mkfifoat(dfd, base, 0600));
	IPCS_SAFE(stat(path, &st));
	IPCS_EXPECT_TRUE(S_ISFIFO(st.st_mode));
	IPCS_EXPECT_ERRNO(mkfifoat(dfd, base, 0600), EEXIST);
}

IPCS_TEST(relative_to_cwd_with_at_fdcwd)
{
	char path[256], dir[256], base[256];
	struct stat st;

	ipcs_fifo_path(path, sizeof path);
	split(path, dir, base, sizeof dir);
	IPCS_SAFE(chdir(dir));
	IPCS_ASSERT_OK(mkfifoat(AT_FDCWD, base, 0600));
	IPCS_SAFE(stat(path, &st));
	IPCS_EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

IPCS_MAIN(relative_to_dirfd, relative_to_cwd_with_at_fdcwd)
