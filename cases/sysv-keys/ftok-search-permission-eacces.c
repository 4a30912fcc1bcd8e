/*
 * ftok() on an existing file under a directory the caller may not search
 * fails with EACCES, as stat() does; with search permission on the
 * directory the same path gives a key.
 *
 * Ref: ftok(3) DESCRIPTION ("the file named by the given pathname (which
 * must refer to an existing, accessible file)"), RETURN VALUE ("with errno
 * indicating the error as for the stat(2) system call"); stat(2) ERRORS
 * EACCES ("Search permission is denied for one of the directories in the
 * path prefix of pathname"); POSIX.1-2017 ftok ERRORS [EACCES].
 */
#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "ftok under a directory without search permission fails with EACCES",
          .ref = "ftok(3) RETURN VALUE; stat(2) ERRORS EACCES; POSIX.1-2017 ftok ERRORS",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "keys,ftok,permissions");

static char dir[PATH_MAX + 8], file[PATH_MAX + 32];

static void searcher(void *arg)
{
	bool searchable = *(bool *)arg;
	/* CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH would bypass the check. */
	ipcs_become_user(0);
	struct stat st;
	if (searchable) {
		if (stat(file, &st) == -1)
			IPCS_SKIP("the temp directory is not reachable by uid %lu (%s)",
			          (unsigned long)geteuid(), ipcs_errno_name(errno));
		IPCS_EXPECT_NE(ftok(file, 'k'), (key_t)-1);
	} else {
		IPCS_EXPECT_ERRNO(stat(file, &st), EACCES); /* the reference */
		IPCS_EXPECT_ERRNO(ftok(file, 'k'), EACCES);
	}
}

static void run_with_mode(mode_t mode, bool searchable)
{
	char base[PATH_MAX];
	ipcs_temp_file(base, sizeof base);
	snprintf(dir, sizeof dir, "%s.d", base);
	snprintf(file, sizeof file, "%s/file", dir);
	IPCS_SAFE(mkdir(dir, 0700));
	ipcs_track(IPCS_OBJ_FILE, -1, file); /* removed before dir below */
	FILE *f = fopen(file, "we");
	if (!f)
		IPCS_BROKEN_ERRNO("creating %s", file);
	fclose(f);
	/* Owned by identity 0 when it is not us, so that only the search
	 * bit decides, not the owner class. */
	IPCS_SAFE(chmod(file, 0644));
	IPCS_SAFE(chmod(dir, mode));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(searcher, &searchable), 0);
	IPCS_SAFE(chmod(dir, 0700));
	IPCS_SAFE(unlink(file));
	ipcs_untrack(IPCS_OBJ_FILE, -1, file);
	IPCS_SAFE(rmdir(dir));
}

IPCS_TEST(no_search_permission_eacces)
{
	/* Read and write but no search, for everyone (the owner too: when
	 * this process is identity 0, the child is the owner). */
	run_with_mode(0666, false);
}

IPCS_TEST(search_permission_gives_key)
{
	run_with_mode(0711, true);
}

IPCS_MAIN(no_search_permission_eacces, search_permission_gives_key)
