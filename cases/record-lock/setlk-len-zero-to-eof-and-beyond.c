/*
 * A lock with l_len 0 covers everything from l_start to the end of the file
 * and beyond it, however large the file grows; F_GETLK far past the end
 * still finds it.
 *
 * Ref: fcntl(2) Advisory record locking ("Specifying 0 for l_len has the
 * special meaning: lock all bytes starting at the location specified by
 * l_whence and l_start through to the end of file, no matter how large the
 * file grows"); POSIX.1-2017 fcntl ("A lock shall be set to extend to the
 * largest possible value of the file offset for that file by setting l_len
 * to 0").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "l_len 0 locks from l_start to beyond the end of file, even as it grows",
          .ref = "fcntl(2) Advisory record locking; POSIX.1-2017 fcntl", .tags = "fcntl,range");

IPCS_TEST(lock_reaches_past_eof)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 10, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_WRLCK, 100, 0); /* starts past EOF */

	IPCS_SAFE(ftruncate(fd, 1 << 20)); /* the file grows */
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 99, 1);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 100, 1);
	IPCS_EXPECT_LOCK_CONFLICT(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, (off_t)1 << 30, 1); /* far beyond EOF */
	IPCS_EXPECT_LOCK_CONFLICT(fcntl(fd, F_SETLK, &fl));

	fl = ipcs_flock(F_WRLCK, SEEK_SET, (off_t)1 << 30, 1);
	IPCS_ASSERT_OK(fcntl(fd, F_GETLK, &fl));
	/* its start and owner; how l_len describes "to the end" is not checked */
	IPCS_EXPECT_EQ(fl.l_type, F_WRLCK);
	IPCS_EXPECT_EQ(fl.l_start, 100);
	IPCS_EXPECT_EQ(fl.l_pid, h.pid);
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(lock_reaches_past_eof)
