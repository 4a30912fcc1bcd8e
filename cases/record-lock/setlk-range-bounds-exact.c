/*
 * A lock with positive l_len covers exactly bytes l_start .. l_start+l_len-1:
 * the byte before and the byte after it can be locked by another process,
 * the first and last byte cannot.
 *
 * Ref: fcntl(2) Advisory record locking ("If l_len is positive, then the range
 * to be locked covers bytes l_start up to and including l_start+l_len-1");
 * POSIX.1-2017 fcntl ("If l_len is positive, the area affected shall start at
 * l_start and end at l_start+l_len-1").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "a lock covers exactly l_start .. l_start+l_len-1",
          .ref = "fcntl(2) Advisory record locking; POSIX.1-2017 fcntl", .tags = "fcntl,range");

IPCS_TEST(neighbours_free_ends_locked)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_WRLCK, 10, 10); /* 10..19 */

	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 9, 1);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 20, 1);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 10, 1);
	IPCS_EXPECT_LOCK_CONFLICT(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 19, 1);
	IPCS_EXPECT_LOCK_CONFLICT(fcntl(fd, F_SETLK, &fl));
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(neighbours_free_ends_locked)
