/*
 * A semtimedop() decrement that cannot proceed before its timeout fails with
 * EAGAIN after at least the timeout; the value is untouched and semncnt is 0
 * again.
 *
 * Ref: semop(2) semtimedop() ("If the specified time limit has been reached,
 * semtimedop() fails with errno set to EAGAIN (and none of the operations in
 * sops is performed)"), ERRORS EAGAIN.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a semtimedop decrement fails with EAGAIN once its timeout expires, no "
                      "sooner, leaving the value alone",
          .ref = "semop(2) DESCRIPTION semtimedop(), ERRORS EAGAIN", .features = "semtimedop",
          .tags = "semtimedop,decrement,blocking,timeout");

#define TIMEOUT_MS 50

IPCS_TEST(timeout_ends_decrement_with_eagain)
{
	int semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 1);
	int64_t start = ipcs_now_ns();
	IPCS_EXPECT_ERRNO(ipcs_semtimedop1(semid, 0, -2, 0, TIMEOUT_MS), EAGAIN);
	int64_t elapsed = ipcs_ms_since(start);
	IPCS_EXPECT_GE(elapsed, TIMEOUT_MS - 1);
	IPCS_EXPECT_LT(elapsed, 5000);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETNCNT), 0);
}

/* Woken before the timeout, it succeeds. */
static int shared_semid;

static void timed_taker(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(ipcs_semtimedop1(shared_semid, 0, -1, 0, 60000));
}

IPCS_TEST(woken_before_timeout_succeeds)
{
	shared_semid = ipcs_sem_new(1);
	pid_t pid = ipcs_spawn(timed_taker, NULL);
	IPCS_WAIT_SEMNCNT(shared_semid, 0, 1);
	IPCS_WAIT_IN_SEMOP(pid);
	IPCS_ASSERT_OK(ipcs_semop1(shared_semid, 0, 1, 0));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(shared_semid, 0, GETVAL), 0);
}

IPCS_MAIN(timeout_ends_decrement_with_eagain, woken_before_timeout_succeeds)
