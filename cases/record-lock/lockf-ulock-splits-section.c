/*
 * lockf(F_ULOCK) of the middle of a locked section leaves two locked
 * sections around a free one.
 *
 * Ref: lockf(3) F_ULOCK ("Unlock the indicated section of the file. This may
 * cause a locked section to be split into two locked sections"); POSIX.1-2017
 * lockf ("F_ULOCK requests may release (wholly or in part) one or more locked
 * sections controlled by the process").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "lockf F_ULOCK in the middle of a section leaves both ends locked",
          .ref = "lockf(3) F_ULOCK; POSIX.1-2017 lockf", .tags = "lockf,range");

static char path[256];

/* lockf(F_TEST) of one byte in a child: whether another process sees it. */
static void child_test(void *arg)
{
	const off_t *q = arg; /* {offset, locked} */
	int fd = ipcs_lock_open(path, O_RDWR);
	IPCS_SAFE(lseek(fd, q[0], SEEK_SET));
	if (q[1])
		IPCS_EXPECT_LOCK_CONFLICT(lockf(fd, F_TEST, 1));
	else
		IPCS_EXPECT_OK(lockf(fd, F_TEST, 1));
}

IPCS_TEST(both_ends_stay_locked)
{
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	IPCS_ASSERT_OK(lockf(fd, F_LOCK, 30)); /* 0..29 */
	IPCS_SAFE(lseek(fd, 10, SEEK_SET));
	IPCS_ASSERT_OK(lockf(fd, F_ULOCK, 10)); /* 10..19 */

	static const off_t probes[][2] = {{0, 1},  {9, 1},  {10, 0}, {19, 0},
	                                  {20, 1}, {29, 1}, {30, 0}};
	for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++)
		IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(child_test, (void *)probes[i]), 0);
}

IPCS_MAIN(both_ends_stay_locked)
