/*
 * semtimedop() rejects a timeout with tv_nsec outside [0, 999999999] or a
 * negative tv_sec with EINVAL. The kernel validates the timeout before
 * looking at the operations, so even an operation that could proceed at
 * once is not performed; the page lists no EINVAL for a bad timeout.
 *
 * Ref: semop(2) ERRORS EINVAL (lists no timeout case); ipc/sem.c
 * do_semtimedop() ("timeout->tv_sec < 0 || timeout->tv_nsec < 0 ||
 * timeout->tv_nsec >= 1000000000L" gives -EINVAL); POSIX timespec rules.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "semtimedop fails with EINVAL for a timeout with tv_nsec out of range or "
                      "tv_sec < 0, before performing anything (kernel; not in the page)",
          .ref = "semop(2) ERRORS; ipc/sem.c do_semtimedop()", .features = "semtimedop",
          .tags = "semtimedop,timeout,errno");

static void check_rejected(long sec, long nsec)
{
	int semid = ipcs_sem_new(1);
	struct sembuf op = {0, 1, 0}; /* could always proceed */
	struct timespec ts = {.tv_sec = sec, .tv_nsec = nsec};
	IPCS_EXPECT_ERRNO(ipcs_semtimedop(semid, &op, 1, &ts), EINVAL);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_TEST(nsec_one_billion_einval)
{
	check_rejected(0, 1000000000L);
}

IPCS_TEST(negative_nsec_einval)
{
	check_rejected(0, -1);
}

IPCS_TEST(negative_sec_einval)
{
	check_rejected(-1, 0);
}

IPCS_TEST(largest_valid_nsec_accepted)
{
	int semid = ipcs_sem_new(1);
	struct sembuf op = {0, 1, 0};
	struct timespec ts = {.tv_sec = 0, .tv_nsec = 999999999L};
	IPCS_EXPECT_OK(ipcs_semtimedop(semid, &op, 1, &ts));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
}

IPCS_MAIN(nsec_one_billion_einval, negative_nsec_einval, negative_sec_einval,
          largest_valid_nsec_accepted)
