/*
 * A lockf(F_LOCK) that would deadlock two processes fails with EDEADLK: A
 * locks byte 0, B byte 1, B waits for byte 0, and A's F_LOCK of byte 1 is
 * refused.
 *
 * Ref: lockf(3) ERRORS ("EDEADLK The command was F_LOCK and this lock
 * operation would cause a deadlock"); POSIX.1-2017 lockf lists EDEADLK only
 * among the errors that "may" occur.
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "lockf F_LOCK that would deadlock two processes fails with EDEADLK",
          .ref = "lockf(3) ERRORS EDEADLK", .tags = "lockf,deadlock");

static char path[256];

static void process_b(void *arg)
{
	int *p = arg;
	int fd = ipcs_lock_open(path, O_RDWR);
	IPCS_SAFE(lseek(fd, 1, SEEK_SET));
	IPCS_SAFE(lockf(fd, F_LOCK, 1));
	IPCS_SAFE(write(p[1], "L", 1));
	IPCS_SAFE(lseek(fd, 0, SEEK_SET));
	IPCS_EXPECT_OK(lockf(fd, F_LOCK, 1)); /* granted once A unlocks */
}

IPCS_TEST(closing_the_cycle_gets_edeadlk)
{
	int fd = ipcs_lock_file(path, sizeof path, 10, O_RDWR);
	IPCS_ASSERT_OK(lockf(fd, F_LOCK, 1)); /* A: byte 0 */
	int p[2];
	IPCS_SAFE(pipe(p));
	pid_t b = ipcs_spawn(process_b, p);
	char c;
	IPCS_SAFE(read(p[0], &c, 1));
	IPCS_WAIT_IN(b, "fcntl");

	IPCS_SAFE(lseek(fd, 1, SEEK_SET));
	IPCS_EXPECT_ERRNO(lockf(fd, F_LOCK, 1), EDEADLK);
	IPCS_SAFE(lseek(fd, 0, SEEK_SET));
	IPCS_ASSERT_OK(lockf(fd, F_ULOCK, 1));
	IPCS_EXPECT_CHILD_EXIT(b, 0);
}

IPCS_MAIN(closing_the_cycle_gets_edeadlk)
