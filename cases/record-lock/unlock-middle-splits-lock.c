/*
 * Unlocking the middle of a lock splits it in two: the bytes before and after
 * stay locked (another process's F_GETLK reports each piece with its own
 * range), the middle is free.
 *
 * Ref: fcntl(2) Advisory record locking ("Such conversions may involve
 * splitting, shrinking, or coalescing with an existing lock"); lockf(3)
 * F_ULOCK ("This may cause a locked section to be split into two locked
 * sections").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "F_UNLCK of the middle of a lock leaves two locks, before and after",
          .ref = "fcntl(2) Advisory record locking; lockf(3) F_ULOCK", .tags = "fcntl,range");

IPCS_TEST(two_pieces_remain)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 30);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_UNLCK, SEEK_SET, 10, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));

	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_FLOCK(got, F_WRLCK, 0, 10, getpid());
	got = ipcs_getlk_in_child(path, 10, 10);
	IPCS_EXPECT_EQ(got.l_type, F_UNLCK);
	got = ipcs_getlk_in_child(path, 10, 0);
	IPCS_EXPECT_FLOCK(got, F_WRLCK, 20, 10, getpid());
}

IPCS_MAIN(two_pieces_remain)
