/*
 * An F_SETLKW that would close a wait cycle between two processes fails with
 * EDEADLK instead of sleeping: A holds byte 0 and B byte 1, B waits for byte
 * 0, and A's F_SETLKW of byte 1 is refused. Once A gives way, B gets byte 0.
 *
 * Ref: fcntl(2) Advisory record locking ("When placing locks with F_SETLKW,
 * the kernel detects deadlocks ... it causes one of the blocking lock
 * requests to immediately fail with the error EDEADLK"), ERRORS EDEADLK
 * (POSIX.1-2017 only says fcntl "may fail" with EDEADLK).
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "F_SETLKW that would deadlock two processes fails with EDEADLK",
          .ref = "fcntl(2) Advisory record locking, ERRORS EDEADLK", .tags = "fcntl,deadlock");

static char path[256];

static void process_b(void *arg)
{
	int *p = arg;
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 1, 1);
	IPCS_SAFE(fcntl(fd, F_SETLK, &fl));
	IPCS_SAFE(write(p[1], "L", 1));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 1);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLKW, &fl)); /* granted once A unlocks */
}

IPCS_TEST(second_waiter_gets_edeadlk)
{
	int fd = ipcs_lock_file(path, sizeof path, 10, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 1);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl)); /* A: byte 0 */
	int p[2];
	IPCS_SAFE(pipe(p));
	pid_t b = ipcs_spawn(process_b, p);
	char c;
	IPCS_SAFE(read(p[0], &c, 1));
	IPCS_WAIT_IN(b, "fcntl"); /* B waits for byte 0 */

	fl = ipcs_flock(F_WRLCK, SEEK_SET, 1, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLKW, &fl), EDEADLK);
	fl = ipcs_flock(F_UNLCK, SEEK_SET, 0, 1);
	IPCS_SAFE(fcntl(fd, F_SETLK, &fl));
	IPCS_EXPECT_CHILD_EXIT(b, 0);
}

IPCS_MAIN(second_waiter_gets_edeadlk)
