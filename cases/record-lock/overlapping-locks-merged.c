/*
 * A process's overlapping locks of the same type merge into one lock:
 * another process's F_GETLK reports a single range covering both.
 *
 * Ref: lockf(3) F_LOCK ("If this section overlaps an earlier locked section,
 * both are merged"; "On Linux, lockf() is just an interface on top of
 * fcntl(2) locking"); fcntl(2) Advisory record locking ("Such conversions may
 * involve splitting, shrinking, or coalescing with an existing lock").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "overlapping same-type locks of one process become one lock",
          .ref = "lockf(3) F_LOCK; fcntl(2) Advisory record locking", .tags = "fcntl,range");

IPCS_TEST(overlap_reported_as_one_range)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 10, 15); /* 10..24 */
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 20, 20); /* 20..39 */
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));

	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_FLOCK(got, F_WRLCK, 10, 30, getpid());
}

IPCS_TEST(contained_lock_absorbed)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_RDLCK, SEEK_SET, 30, 5); /* 30..34 */
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 20, 30); /* 20..49 contains it */
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));

	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_FLOCK(got, F_RDLCK, 20, 30, getpid());
}

IPCS_MAIN(overlap_reported_as_one_range, contained_lock_absorbed)
