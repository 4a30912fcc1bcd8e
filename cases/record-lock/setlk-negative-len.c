/*
 * A negative l_len locks the bytes before l_start: l_start+l_len up to
 * l_start-1.
 *
 * Ref: fcntl(2) Advisory record locking ("if l_len is negative, the interval
 * described by lock covers bytes l_start+l_len up to and including
 * l_start-1. This is supported since Linux 2.4.21"); POSIX.1-2017 fcntl ("If
 * l_len is negative, the area affected shall start at l_start+l_len and end
 * at l_start-1").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a negative l_len locks l_start+l_len .. l_start-1",
          .ref = "fcntl(2) Advisory record locking; POSIX.1-2017 fcntl", .tags = "fcntl,range");

static char path[256];

/* The holder takes 20 .. 29 as start 30, length -10. */
static void holder(void *arg)
{
	int *p = arg;
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 30, -10);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
	IPCS_SAFE(write(p[1], "L", 1));
	char c;
	IPCS_SAFE(read(p[0], &c, 1));
}

IPCS_TEST(bytes_before_start_locked)
{
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	int down[2], up[2];
	IPCS_SAFE(pipe(down));
	IPCS_SAFE(pipe(up));
	int ends[2] = {down[0], up[1]};
	pid_t pid = ipcs_spawn(holder, ends);
	char c;
	IPCS_SAFE(read(up[0], &c, 1));

	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 19, 1);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 30, 1);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 20, 1);
	IPCS_EXPECT_LOCK_CONFLICT(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 29, 1);
	IPCS_EXPECT_LOCK_CONFLICT(fcntl(fd, F_SETLK, &fl));

	IPCS_SAFE(write(down[1], "x", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(bytes_before_start_locked)
