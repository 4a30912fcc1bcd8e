/*
 * On Linux lockf() is an interface to fcntl() record locks: a lockf(F_LOCK)
 * section is seen by another process's F_GETLK as an F_WRLCK over the same
 * bytes owned by the locker's pid, and another process's fcntl() read lock
 * makes lockf(F_TLOCK) fail.
 *
 * Ref: lockf(3) DESCRIPTION ("On Linux, lockf() is just an interface on top
 * of fcntl(2) locking"; F_LOCK "Set an exclusive lock on the specified
 * section of the file").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "lockf sections are fcntl write locks, seen and met by fcntl",
          .ref = "lockf(3) DESCRIPTION", .tags = "lockf,fcntl");

IPCS_TEST(lockf_lock_seen_by_getlk)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	IPCS_SAFE(lseek(fd, 30, SEEK_SET));
	IPCS_ASSERT_OK(lockf(fd, F_LOCK, 15));
	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_FLOCK(got, F_WRLCK, 30, 15, getpid());
	/* and F_ULOCK is an F_UNLCK of the section */
	IPCS_ASSERT_OK(lockf(fd, F_ULOCK, 15));
	got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_EQ(got.l_type, F_UNLCK);
}

IPCS_TEST(fcntl_read_lock_blocks_tlock)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_RDLCK, 0, 10);
	IPCS_EXPECT_LOCK_CONFLICT(lockf(fd, F_TLOCK, 10));
	ipcs_lock_holder_end(&h);
	IPCS_EXPECT_OK(lockf(fd, F_TLOCK, 10)); /* control */
}

IPCS_MAIN(lockf_lock_seen_by_getlk, fcntl_read_lock_blocks_tlock)
