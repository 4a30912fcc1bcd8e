/*
 * Deadlock detection follows a cycle through three processes: A holds byte
 * 0, B byte 1, C byte 2; B waits for 0, C waits for 1, and A's F_SETLKW of
 * byte 2 fails with EDEADLK.
 *
 * Ref: fcntl(2) Advisory record locking ("Circular deadlocks involving more
 * than two processes are also detected"), ERRORS EDEADLK.
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a three-process wait cycle is detected: the closing F_SETLKW fails "
                      "with EDEADLK",
          .ref = "fcntl(2) Advisory record locking, ERRORS EDEADLK", .tags = "fcntl,deadlock");

static char path[256];

struct who {
	off_t own, want;
	int ready;
};

static void waiter(void *arg)
{
	struct who *w = arg;
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, w->own, 1);
	IPCS_SAFE(fcntl(fd, F_SETLK, &fl));
	IPCS_SAFE(write(w->ready, "L", 1));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, w->want, 1);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLKW, &fl));
}

IPCS_TEST(cycle_of_three_detected)
{
	int fd = ipcs_lock_file(path, sizeof path, 10, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 1);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl)); /* A: byte 0 */
	int p[2];
	IPCS_SAFE(pipe(p));
	char c;
	struct who wb = {1, 0, p[1]}, wc = {2, 1, p[1]};
	pid_t b = ipcs_spawn(waiter, &wb);
	IPCS_SAFE(read(p[0], &c, 1));
	IPCS_WAIT_IN(b, "fcntl");
	pid_t cpid = ipcs_spawn(waiter, &wc);
	IPCS_SAFE(read(p[0], &c, 1));
	IPCS_WAIT_IN(cpid, "fcntl");

	fl = ipcs_flock(F_WRLCK, SEEK_SET, 2, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLKW, &fl), EDEADLK);
	fl = ipcs_flock(F_UNLCK, SEEK_SET, 0, 1); /* B, then C, can go on */
	IPCS_SAFE(fcntl(fd, F_SETLK, &fl));
	IPCS_EXPECT_CHILD_EXIT(b, 0);
	IPCS_EXPECT_CHILD_EXIT(cpid, 0);
}

IPCS_MAIN(cycle_of_three_detected)
