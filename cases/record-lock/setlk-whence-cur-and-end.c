/*
 * l_start is taken relative to the current file offset with SEEK_CUR and to
 * the end of the file with SEEK_END; another process's F_GETLK then reports
 * the lock with absolute offsets.
 *
 * Ref: fcntl(2) Advisory record locking ("l_start is the starting offset for
 * the lock, and is interpreted relative to either: the start of the file (if
 * l_whence is SEEK_SET); the current file offset (if l_whence is SEEK_CUR);
 * or the end of the file (if l_whence is SEEK_END)"); POSIX.1-2017 fcntl
 * ("The value of l_whence is SEEK_SET, SEEK_CUR, or SEEK_END, to indicate
 * that the relative offset l_start bytes shall be measured from the start of
 * the file, current position, or end of the file, respectively").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "SEEK_CUR and SEEK_END place the lock relative to the offset and the end",
          .ref = "fcntl(2) Advisory record locking; POSIX.1-2017 fcntl", .tags = "fcntl,range");

IPCS_TEST(seek_cur_from_file_offset)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	IPCS_SAFE(lseek(fd, 40, SEEK_SET));
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_CUR, 10, 5); /* 50..54 */
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_FLOCK(got, F_WRLCK, 50, 5, getpid());
}

IPCS_TEST(seek_end_from_file_size)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_END, -10, 5); /* 90..94 */
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_FLOCK(got, F_WRLCK, 90, 5, getpid());
}

IPCS_MAIN(seek_cur_from_file_offset, seek_end_from_file_size)
