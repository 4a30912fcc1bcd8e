/*
 * A lock range that would start before offset 0 is refused with EINVAL,
 * whichever of l_whence, l_start and a negative l_len puts it there.
 *
 * Ref: fcntl(2) Advisory record locking ("Bytes past the end of the file may
 * be locked, but not bytes before the start of the file ... l_start can be a
 * negative number provided the offset does not lie before the start of the
 * file"); POSIX.1-2017 fcntl ("Locks may start and extend beyond the current
 * end of a file, but shall not extend before the beginning of the file",
 * ERRORS "[EINVAL] ... the data pointed to by arg is not valid").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a lock range starting before offset 0 fails with EINVAL",
          .ref = "fcntl(2) Advisory record locking; POSIX.1-2017 fcntl ERRORS EINVAL",
          .tags = "fcntl,range,einval");

static void refused(int fd, short whence, off_t start, off_t len)
{
	struct flock fl = ipcs_flock(F_WRLCK, whence, start, len);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLK, &fl), EINVAL);
	fl = ipcs_flock(F_WRLCK, whence, start, len);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_GETLK, &fl), EINVAL);
}

IPCS_TEST(seek_set_negative_start)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	refused(fd, SEEK_SET, -1, 10);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10); /* control */
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
}

IPCS_TEST(seek_cur_before_zero)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	IPCS_SAFE(lseek(fd, 40, SEEK_SET));
	refused(fd, SEEK_CUR, -41, 1);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_CUR, -40, 1); /* control: byte 0 */
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
}

IPCS_TEST(seek_end_before_zero)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	refused(fd, SEEK_END, -101, 1);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_END, -100, 1); /* control: byte 0 */
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
}

IPCS_TEST(negative_len_reaching_before_zero)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	refused(fd, SEEK_SET, 5, -6);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 5, -5); /* control: 0..4 */
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
}

IPCS_MAIN(seek_set_negative_start, seek_cur_before_zero, seek_end_before_zero,
          negative_len_reaching_before_zero)
