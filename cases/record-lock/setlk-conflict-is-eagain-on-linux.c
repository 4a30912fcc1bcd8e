/*
 * On Linux the errno of a conflicting F_SETLK is EAGAIN (kernel): of the two
 * errors POSIX allows, fs/locks.c posix_lock_inode() returns -EAGAIN.
 *
 * Ref: fcntl(2) ERRORS ("EACCES or EAGAIN: Operation is prohibited by locks
 * held by other processes": the page does not say which); kernel
 * fs/locks.c posix_lock_inode() (error = -EAGAIN on a conflict without
 * FL_SLEEP).
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "a conflicting F_SETLK fails with EAGAIN, not EACCES (kernel)",
          .ref = "fcntl(2) ERRORS; kernel fs/locks.c posix_lock_inode()", .tags = "fcntl,conflict");

IPCS_TEST(conflict_errno_is_eagain)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 0, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_WRLCK, 0, 1);

	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLK, &fl), EAGAIN);
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLK, &fl), EAGAIN);
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(conflict_errno_is_eagain)
