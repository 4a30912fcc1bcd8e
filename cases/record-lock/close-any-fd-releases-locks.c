/*
 * Closing any descriptor for the file releases all of the process's locks on
 * it, even a descriptor other than the one the locks were taken through: a
 * dup, or a separate open() of the same file.
 *
 * Ref: fcntl(2) Advisory record locking ("If a process closes any file
 * descriptor referring to a file, then all of the process's locks on that file
 * are released, regardless of the file descriptor(s) on which the locks were
 * obtained"); POSIX.1-2017 fcntl ("All locks associated with a file for a
 * given process shall be removed when a file descriptor for that file is
 * closed by that process").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "closing any descriptor of the file (dup or other open) drops the "
                      "process's locks on it",
          .ref = "fcntl(2) Advisory record locking; POSIX.1-2017 fcntl", .tags = "fcntl,lifetime");

static void lock_then_close(int (*other)(int fd, const char *path))
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 50, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	int fd2 = other(fd, path);
	IPCS_EXPECT_LOCK_CONFLICT(ipcs_setlk_in_child(path, F_WRLCK, 0, 1)); /* still held */

	IPCS_SAFE(close(fd2));
	IPCS_EXPECT_OK(ipcs_setlk_in_child(path, F_WRLCK, 0, 100));
	IPCS_SAFE(fcntl(fd, F_GETFD)); /* fd itself stays open */
}

static int make_dup(int fd, const char *path)
{
	(void)path;
	return IPCS_SAFE(dup(fd));
}

static int make_open(int fd, const char *path)
{
	(void)fd;
	return ipcs_lock_open(path, O_RDONLY);
}

IPCS_TEST(closing_a_dup_releases)
{
	lock_then_close(make_dup);
}

IPCS_TEST(closing_another_open_releases)
{
	lock_then_close(make_open);
}

IPCS_MAIN(closing_a_dup_releases, closing_another_open_releases)
