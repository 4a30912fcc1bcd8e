/*
 * Without privilege, mkfifo in a directory the caller may not write fails
 * with EACCES and creates nothing.
 *
 * Ref: mkfifo(3) ERRORS ("EACCES One of the directories in pathname did not
 * allow search (execute) permission"); mknod(2) ERRORS
 * ("EACCES The parent directory does not allow write permission to the
 * process"); POSIX.1-2017 mkfifo ([EACCES] "Search permission is denied on a
 * component of the path prefix, or write permission is denied on the parent
 * directory of the FIFO to be created").
 */
#include <stdio.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mkfifo fails with EACCES in a directory the caller cannot write",
          .ref = "mkfifo(3) ERRORS; mknod(2) ERRORS; POSIX.1-2017 mkfifo",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "fifo,mkfifo,eacces,permission");

static char path[300];

static void unprivileged(void *arg)
{
	(void)arg;
	struct stat st;
	struct statvfs vfs;
	char ok[256];

	ipcs_become_user(0);
	/* "/" belongs to root on every system this runs on; mkfifo reports
	 * EROFS before EACCES on a read-only mount, so that must not be one */
	IPCS_SAFE(statvfs("/", &vfs));
	if (vfs.f_flag & ST_RDONLY)
		IPCS_SKIP("/ is mounted read-only here");
	if (access("/", W_OK) == 0 || errno != EACCES)
		IPCS_SKIP("/ is writable by the unprivileged identity here");
	/* control: the same user may create one in the temp directory */
	ipcs_fifo_path(ok, sizeof ok);
	IPCS_EXPECT_OK(mkfifo(ok, 0600));
	IPCS_EXPECT_ERRNO(mkfifo(path, 0600), EACCES);
	IPCS_EXPECT_ERRNO(lstat(path, &st), ENOENT);
}

IPCS_TEST(root_directory_not_writable)
{
	snprintf(path, sizeof path, "/ipcsuite-%ld-eacces-fifo", (long)getpid());
	ipcs_track(IPCS_OBJ_FILE, -1, path); /* removed should mkfifo wrongly succeed */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(unprivileged, NULL), 0);
}

IPCS_MAIN(root_directory_not_writable)
