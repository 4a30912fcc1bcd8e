/*
 * lockf(F_TEST) returns 0 for a section that nobody locks and for one that
 * only the calling process locks.
 *
 * Ref: lockf(3) F_TEST ("return 0 if the specified section is unlocked or
 * locked by this process"); POSIX.1-2017 lockf ("F_TEST shall detect if a
 * lock by another process is present on the specified section").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "lockf F_TEST returns 0 on a free section and on the caller's own lock",
          .ref = "lockf(3) F_TEST; POSIX.1-2017 lockf", .tags = "lockf");

IPCS_TEST(free_and_own_sections_test_clear)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	IPCS_EXPECT_OK(lockf(fd, F_TEST, 0));
	IPCS_ASSERT_OK(lockf(fd, F_LOCK, 50));
	IPCS_EXPECT_OK(lockf(fd, F_TEST, 50));
	IPCS_EXPECT_OK(lockf(fd, F_TEST, 0));
	/* control: the same section does test locked for another process */
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 50);
	IPCS_EXPECT_LOCK_CONFLICT(ipcs_fcntl_in_child(path, F_SETLK, &fl));
}

IPCS_MAIN(free_and_own_sections_test_clear)
