/*
 * lockf(F_TLOCK) of a section another process has locked with lockf() fails
 * at once with EACCES or EAGAIN, and F_TEST of it fails the same way.
 *
 * Ref: lockf(3) F_TLOCK ("Same as F_LOCK but the call never blocks and returns
 * an error instead if the file is already locked"), ERRORS ("EACCES or
 * EAGAIN: The file is locked and F_TLOCK or F_TEST was specified");
 * POSIX.1-2017 lockf ERRORS ("[EACCES] or [EAGAIN] The function argument is
 * F_TLOCK or F_TEST and the section is already locked by another process").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "lockf F_TLOCK and F_TEST of a section locked by another process fail "
                      "with EACCES or EAGAIN",
          .ref = "lockf(3) F_TLOCK, F_TEST, ERRORS; POSIX.1-2017 lockf", .tags = "lockf,conflict");

static char path[256];

static void holder(void *arg)
{
	int *p = arg;
	int fd = ipcs_lock_open(path, O_RDWR);
	IPCS_SAFE(lseek(fd, 10, SEEK_SET));
	IPCS_SAFE(lockf(fd, F_LOCK, 10)); /* 10..19 */
	IPCS_SAFE(write(p[1], "L", 1));
	char c;
	IPCS_SAFE(read(p[0], &c, 1));
}

IPCS_TEST(tlock_and_test_refused)
{
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	int down[2], up[2];
	IPCS_SAFE(pipe(down));
	IPCS_SAFE(pipe(up));
	int ends[2] = {down[0], up[1]};
	pid_t pid = ipcs_spawn(holder, ends);
	char c;
	IPCS_SAFE(read(up[0], &c, 1));

	IPCS_SAFE(lseek(fd, 15, SEEK_SET));
	IPCS_EXPECT_LOCK_CONFLICT(lockf(fd, F_TLOCK, 10));
	IPCS_EXPECT_LOCK_CONFLICT(lockf(fd, F_TEST, 10));
	IPCS_SAFE(lseek(fd, 20, SEEK_SET)); /* control: just after it */
	IPCS_EXPECT_OK(lockf(fd, F_TEST, 10));
	IPCS_EXPECT_OK(lockf(fd, F_TLOCK, 10));

	IPCS_SAFE(write(down[1], "x", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(tlock_and_test_refused)
