/*
 * F_UNLCK releases only the caller's own locks: unlocking a range another
 * process has locked succeeds and leaves that process's lock in place.
 *
 * Ref: fcntl(2) Advisory record locking (locks are "associated with a
 * process"; F_SETLK with F_UNLCK releases a lock); POSIX.1-2017 fcntl
 * ("when the calling process has previously existing locks on bytes in the
 * region specified by the request, the previous lock type for each byte in
 * the specified region shall be replaced by the new lock type": only the
 * calling process's locks are replaced).
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "F_UNLCK over another process's lock succeeds and leaves it held",
          .ref = "fcntl(2) F_SETLK; POSIX.1-2017 fcntl", .tags = "fcntl,owner");

IPCS_TEST(foreign_lock_survives_unlock)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_WRLCK, 0, 10);
	struct flock fl = ipcs_flock(F_UNLCK, SEEK_SET, 0, 0);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 0);
	IPCS_ASSERT_OK(fcntl(fd, F_GETLK, &fl));
	IPCS_EXPECT_FLOCK(fl, F_WRLCK, 0, 10, h.pid);
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(foreign_lock_survives_unlock)
