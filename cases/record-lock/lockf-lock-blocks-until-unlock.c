/*
 * lockf(F_LOCK) of a section another process locks sleeps until that lock is
 * released (the waiter sits in fcntl(), lockf's system call on Linux), then
 * locks the section.
 *
 * Ref: lockf(3) F_LOCK ("If (part of) this section is already locked, the call
 * blocks until the previous lock is released"); POSIX.1-2017 lockf ("F_LOCK
 * ... If the section is already locked by another process, the calling
 * thread shall block until the section is available").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "lockf F_LOCK blocks until another process's lock goes, then locks",
          .ref = "lockf(3) F_LOCK; POSIX.1-2017 lockf", .tags = "lockf,blocking");

static char path[256];

static void waiter(void *arg)
{
	int *p = arg;
	int fd = ipcs_lock_open(path, O_RDWR);
	IPCS_EXPECT_OK(lockf(fd, F_LOCK, 10));
	IPCS_SAFE(write(p[1], "G", 1));
	char c;
	IPCS_SAFE(read(p[0], &c, 1));
}

IPCS_TEST(waiter_sleeps_then_locks)
{
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	IPCS_SAFE(lseek(fd, 9, SEEK_SET));
	IPCS_ASSERT_OK(lockf(fd, F_LOCK, 1)); /* byte 9 */

	int down[2], up[2];
	IPCS_SAFE(pipe(down));
	IPCS_SAFE(pipe(up));
	int ends[2] = {down[0], up[1]};
	pid_t pid = ipcs_spawn(waiter, ends);
	IPCS_EXPECT_BLOCKED_IN(pid, "fcntl");

	IPCS_ASSERT_OK(lockf(fd, F_ULOCK, 1));
	char c;
	IPCS_SAFE(read(up[0], &c, 1));
	IPCS_SAFE(lseek(fd, 0, SEEK_SET));
	IPCS_EXPECT_LOCK_CONFLICT(lockf(fd, F_TEST, 10)); /* the waiter holds 0..9 */
	IPCS_SAFE(write(down[1], "x", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(waiter_sleeps_then_locks)
