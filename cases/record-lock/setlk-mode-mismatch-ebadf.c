/*
 * A read lock needs a descriptor open for reading and a write lock one open
 * for writing; otherwise F_SETLK (and F_SETLKW) fail with EBADF.
 *
 * Ref: fcntl(2) Advisory record locking ("In order to place a read lock, fd
 * must be open for reading. In order to place a write lock, fd must be open
 * for writing"), ERRORS EBADF ("cmd is F_SETLK or F_SETLKW and the file
 * descriptor open mode doesn't match with the type of lock requested");
 * POSIX.1-2017 fcntl ERRORS [EBADF].
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "F_SETLK/F_SETLKW of a lock type the descriptor's mode does not allow "
                      "fails with EBADF",
          .ref = "fcntl(2) Advisory record locking, ERRORS EBADF; POSIX.1-2017 fcntl ERRORS",
          .tags = "fcntl,ebadf");

IPCS_TEST(write_lock_on_read_only_fd)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 10, O_RDONLY);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLK, &fl), EBADF);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLKW, &fl), EBADF);
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 1); /* control: the allowed type */
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
}

IPCS_TEST(read_lock_on_write_only_fd)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 10, O_WRONLY);
	struct flock fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLK, &fl), EBADF);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLKW, &fl), EBADF);
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 1); /* control */
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
}

IPCS_MAIN(write_lock_on_read_only_fd, read_lock_on_write_only_fd)
