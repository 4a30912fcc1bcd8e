/*
 * Open file description locks taken through two separate open()s of a file
 * conflict even inside one process: F_OFD_SETLK through the second fails
 * with EAGAIN, while the first description can relock freely.
 *
 * Ref: fcntl(2) Open file description locks ("open file description locks
 * may conflict with each other when they are acquired via different open file
 * descriptions"; F_OFD_SETLK "If a conflicting lock is held by another
 * process, this call returns -1 and sets errno to EAGAIN").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "OFD locks of two open file descriptions in one process conflict "
                      "(EAGAIN)",
          .ref = "fcntl(2) Open file description locks", .tags = "fcntl,ofd,conflict");

IPCS_TEST(second_open_conflicts)
{
	char path[256];
	int fd1 = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd1);
	int fd2 = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd1, F_OFD_SETLK, &fl));

	fl = ipcs_flock(F_WRLCK, SEEK_SET, 5, 10);
	IPCS_EXPECT_ERRNO(fcntl(fd2, F_OFD_SETLK, &fl), EAGAIN);
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 9, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd2, F_OFD_SETLK, &fl), EAGAIN);
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 20); /* the owner converts its own */
	IPCS_EXPECT_OK(fcntl(fd1, F_OFD_SETLK, &fl));
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 20); /* now shared */
	IPCS_EXPECT_OK(fcntl(fd2, F_OFD_SETLK, &fl));
}

IPCS_MAIN(second_open_conflicts)
