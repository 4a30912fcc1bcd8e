/*
 * Two adjacent locks of the same type held by one process are coalesced into
 * one (kernel); adjacent locks of different types are not.
 *
 * Ref: fcntl(2) Advisory record locking ("Such conversions may involve
 * splitting, shrinking, or coalescing with an existing lock": "may"); kernel
 * fs/locks.c posix_lock_inode() (a lock of the same type that is adjacent,
 * fl_end + 1 == start, is merged into the new one).
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "adjacent same-type locks of one process coalesce into one lock (kernel)",
          .ref = "fcntl(2) Advisory record locking; kernel fs/locks.c posix_lock_inode()",
          .tags = "fcntl,range");

IPCS_TEST(adjacent_same_type_coalesced)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 10, 10); /* 10..19 */
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 20, 10); /* 20..29 */
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));

	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_FLOCK(got, F_WRLCK, 10, 20, getpid());
}

IPCS_TEST(adjacent_other_type_kept_apart)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 10, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 20, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));

	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_FLOCK(got, F_WRLCK, 10, 10, getpid());
	got = ipcs_getlk_in_child(path, 20, 0);
	IPCS_EXPECT_FLOCK(got, F_RDLCK, 20, 10, getpid());
}

IPCS_MAIN(adjacent_same_type_coalesced, adjacent_other_type_kept_apart)
