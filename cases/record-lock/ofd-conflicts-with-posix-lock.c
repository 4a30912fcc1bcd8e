/*
 * An open file description lock and a process-associated lock conflict even
 * when one process takes both through the same descriptor, in either order.
 *
 * Ref: fcntl(2) Open file description locks ("Conflicting lock combinations
 * (i.e., a read lock and a write lock or two write locks) where one lock is an
 * open file description lock and the other is a traditional record lock
 * conflict even when they are acquired by the same process on the same file
 * descriptor").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "OFD and process-associated locks conflict even on one descriptor of "
                      "one process",
          .ref = "fcntl(2) Open file description locks", .tags = "fcntl,ofd,conflict");

IPCS_TEST(posix_lock_blocks_ofd_lock)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 5, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_OFD_SETLK, &fl), EAGAIN);
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 10, 1); /* control: beyond it */
	IPCS_EXPECT_OK(fcntl(fd, F_OFD_SETLK, &fl));
}

IPCS_TEST(ofd_lock_blocks_posix_lock)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd);
	struct flock fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_OFD_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 9, 1);
	IPCS_EXPECT_LOCK_CONFLICT(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 10); /* read + read: compatible */
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
}

IPCS_MAIN(posix_lock_blocks_ofd_lock, ofd_lock_blocks_posix_lock)
