/*
 * When semtimedop() is interrupted by a signal and fails with EINTR, the
 * timespec its timeout argument points to is left unchanged.
 *
 * Ref: semop(2) semtimedop() ("Note that if semtimedop() is interrupted by a
 * signal, causing the call to fail with the error EINTR, the contents of
 * timeout are left unchanged").
 */
#include <signal.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "semtimedop failing with EINTR leaves the timeout timespec unchanged",
          .ref = "semop(2) DESCRIPTION semtimedop()", .features = "semtimedop",
          .tags = "semtimedop,signal,timeout");

static int semid;

static void waiter(void *arg)
{
	(void)arg;
	ipcs_catch_signal(SIGUSR1, 0);
	struct sembuf op = {0, 0, 0};
	struct timespec ts = {.tv_sec = 30, .tv_nsec = 123456789};
	IPCS_EXPECT_ERRNO(ipcs_semtimedop(semid, &op, 1, &ts), EINTR);
	IPCS_EXPECT_EQ(ts.tv_sec, 30);
	IPCS_EXPECT_EQ(ts.tv_nsec, 123456789);
}

IPCS_TEST(timeout_unchanged_after_eintr)
{
	semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 1);
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_WAIT_SEMZCNT(semid, 0, 1);
	IPCS_WAIT_IN_SEMOP(pid);
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(timeout_unchanged_after_eintr)
