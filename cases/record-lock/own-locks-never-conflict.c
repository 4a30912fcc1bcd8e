/*
 * A process's own locks never block it: it can lock bytes it already locks,
 * with either type, and F_GETLK over its own write lock reports F_UNLCK.
 *
 * Ref: fcntl(2) Advisory record locking ("if a new lock is applied to an
 * already-locked region, then the existing lock is converted"; F_SETLK "If a
 * conflicting lock is held by another process"); POSIX.1-2017 fcntl ("Before
 * a successful return from an F_SETLK or an F_SETLKW request when the calling
 * process has previously existing locks on bytes in the region specified by
 * the request, the previous lock type for each byte in the specified region
 * shall be replaced by the new lock type").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a process's own locks neither block its F_SETLK nor show in its F_GETLK",
          .ref = "fcntl(2) Advisory record locking; POSIX.1-2017 fcntl", .tags = "fcntl,owner");

IPCS_TEST(relocking_own_bytes_succeeds)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 20);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 10, 20);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 0);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 0);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLKW, &fl)); /* would sleep if it conflicted */
}

IPCS_TEST(getlk_ignores_own_lock)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 0);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 0);
	IPCS_ASSERT_OK(fcntl(fd, F_GETLK, &fl));
	IPCS_EXPECT_FLOCK(fl, F_UNLCK, 0, 0, 0);
	/* control: another process is blocked by it */
	IPCS_EXPECT_LOCK_CONFLICT(ipcs_setlk_in_child(path, F_WRLCK, 0, 1));
}

IPCS_MAIN(relocking_own_bytes_succeeds, getlk_ignores_own_lock)
