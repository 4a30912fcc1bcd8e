/*
 * A process's record locks are released when it terminates, without any
 * F_UNLCK: another process can then take them.
 *
 * Ref: fcntl(2) Advisory record locking ("record locks are automatically
 * released when the process terminates"); POSIX.1-2017 fcntl ("All locks
 * associated with a file for a given process shall be removed when ... the
 * process holding that file descriptor terminates").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a process's record locks are released when it exits",
          .ref = "fcntl(2) Advisory record locking; POSIX.1-2017 fcntl", .tags = "fcntl,lifetime");

IPCS_TEST(exit_releases)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_WRLCK, 0, 0);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 0);
	IPCS_EXPECT_LOCK_CONFLICT(fcntl(fd, F_SETLK, &fl)); /* control: held */
	ipcs_lock_holder_end(&h);                           /* exits, no F_UNLCK */
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 0);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
}

IPCS_MAIN(exit_releases)
