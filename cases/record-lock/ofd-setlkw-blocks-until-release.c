/*
 * F_OFD_SETLKW through one open file description sleeps in fcntl() while
 * another description holds a conflicting lock, and gets the lock once that
 * lock is released.
 *
 * Ref: fcntl(2) F_OFD_SETLKW ("As for F_OFD_SETLK, but if a conflicting lock is
 * held on the file, then wait for that lock to be released").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "F_OFD_SETLKW blocks until the conflicting OFD lock is released",
          .ref = "fcntl(2) Open file description locks F_OFD_SETLKW", .tags = "fcntl,ofd,blocking");

static char path[256];

static void waiter(void *arg)
{
	int *p = arg;
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_EXPECT_OK(fcntl(fd, F_OFD_SETLKW, &fl));
	IPCS_SAFE(write(p[1], "G", 1));
	char c;
	IPCS_SAFE(read(p[0], &c, 1));
}

IPCS_TEST(waiter_sleeps_then_acquires)
{
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 5, 1);
	IPCS_ASSERT_OK(fcntl(fd, F_OFD_SETLK, &fl));

	int down[2], up[2];
	IPCS_SAFE(pipe(down));
	IPCS_SAFE(pipe(up));
	int ends[2] = {down[0], up[1]};
	pid_t pid = ipcs_spawn(waiter, ends);
	IPCS_EXPECT_BLOCKED_IN(pid, "fcntl");

	fl = ipcs_flock(F_UNLCK, SEEK_SET, 5, 1);
	IPCS_SAFE(fcntl(fd, F_OFD_SETLK, &fl));
	char c;
	IPCS_SAFE(read(up[0], &c, 1));
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 0);
	IPCS_ASSERT_OK(fcntl(fd, F_OFD_GETLK, &fl));
	IPCS_EXPECT_FLOCK(fl, F_WRLCK, 0, 10, -1); /* the waiter's lock now */
	IPCS_SAFE(write(down[1], "x", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(waiter_sleeps_then_acquires)
