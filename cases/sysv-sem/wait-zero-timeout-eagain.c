/*
 * A semtimedop() wait-for-zero whose timeout expires fails with EAGAIN after
 * at least the timeout, performs none of its operations, and is no longer
 * counted in semzcnt.
 *
 * Ref: semop(2) semtimedop() ("If the specified time limit has been reached,
 * semtimedop() fails with errno set to EAGAIN (and none of the operations in
 * sops is performed)"), ERRORS EAGAIN.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a semtimedop wait-for-zero fails with EAGAIN once its timeout expires, "
                      "no sooner, with no operation performed",
          .ref = "semop(2) DESCRIPTION semtimedop(), ERRORS EAGAIN", .features = "semtimedop",
          .tags = "wait-for-zero,blocking,timeout");

#define TIMEOUT_MS 50

IPCS_TEST(timeout_ends_wait_with_eagain)
{
	int semid = ipcs_sem_new(2);
	unsigned short vals[2] = {1, 3};
	ipcs_sem_setall(semid, vals);
	/* sem 1 += 1 after the wait: not performed when the wait times out. */
	struct sembuf ops[2] = {{.sem_num = 0, .sem_op = 0}, {.sem_num = 1, .sem_op = 1}};
	struct timespec ts = ipcs_ms_to_timespec(TIMEOUT_MS);

	int64_t start = ipcs_now_ns();
	IPCS_EXPECT_ERRNO(ipcs_semtimedop(semid, ops, 2, &ts), EAGAIN);
	int64_t elapsed = ipcs_ms_since(start);
	IPCS_EXPECT_GE(elapsed, TIMEOUT_MS - 1); /* 1 ms: clock granularity */
	IPCS_EXPECT_LT(elapsed, 5000);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETZCNT), 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 3);
}

IPCS_MAIN(timeout_ends_wait_with_eagain)
