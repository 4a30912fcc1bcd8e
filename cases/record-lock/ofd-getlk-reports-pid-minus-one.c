/*
 * A conflicting open file description lock is reported with l_pid -1, by
 * F_OFD_GETLK through another description and by another process's F_GETLK,
 * with its type and range.
 *
 * Ref: fcntl(2) F_GETLK ("If the conflicting lock is an open file description
 * lock, then l_pid is set to -1"); F_OFD_GETLK ("details about one of these
 * locks are returned via lock, as described above for F_GETLK").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "F_OFD_GETLK and F_GETLK report a conflicting OFD lock with l_pid -1",
          .ref = "fcntl(2) F_GETLK, F_OFD_GETLK", .tags = "fcntl,ofd,getlk");

IPCS_TEST(ofd_lock_reported_with_minus_one)
{
	char path[256];
	int fd1 = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd1);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 20, 5);
	IPCS_ASSERT_OK(fcntl(fd1, F_OFD_SETLK, &fl));

	int fd2 = ipcs_lock_open(path, O_RDWR);
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 0);
	IPCS_ASSERT_OK(fcntl(fd2, F_OFD_GETLK, &fl));
	IPCS_EXPECT_FLOCK(fl, F_WRLCK, 20, 5, -1);

	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_FLOCK(got, F_WRLCK, 20, 5, -1);
}

IPCS_TEST(own_description_not_reported)
{
	char path[256];
	int fd1 = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd1);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 20, 5);
	IPCS_ASSERT_OK(fcntl(fd1, F_OFD_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 0);
	IPCS_ASSERT_OK(fcntl(fd1, F_OFD_GETLK, &fl));
	IPCS_EXPECT_FLOCK(fl, F_UNLCK, 0, 0, 0);
}

IPCS_MAIN(ofd_lock_reported_with_minus_one, own_description_not_reported)
