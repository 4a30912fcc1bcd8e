/*
 * semop() and semtimedop() interrupted by a signal handler installed with
 * SA_RESTART still fail with EINTR: they are never restarted.
 *
 * Ref: semop(2) NOTES ("semop() is never automatically restarted after being
 * interrupted by a signal handler, regardless of the setting of the
 * SA_RESTART flag"); signal(7) "Interruption of system calls and library
 * functions by signal handlers" (System V IPC interfaces: semop(2),
 * semtimedop(2)).
 */
#include <signal.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "semop and semtimedop interrupted by a SA_RESTART handler fail with EINTR, "
                      "never restarted",
          .ref = "semop(2) NOTES; signal(7) Interruption of system calls",
          .tags = "semop,semtimedop,blocking,signal");

static int semid;

static void wait_zero(void *arg)
{
	ipcs_catch_signal(SIGUSR1, SA_RESTART);
	if (arg)
		IPCS_EXPECT_ERRNO(ipcs_semtimedop1(semid, 0, 0, 0, 60000), EINTR);
	else
		IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, 0, 0), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
}

static void wait_decrement(void *arg)
{
	(void)arg;
	ipcs_catch_signal(SIGUSR1, SA_RESTART);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 1, -1, 0), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
}

static void interrupt(void (*fn)(void *), void *arg, int on_zero)
{
	semid = ipcs_sem_new(2);
	ipcs_sem_setval(semid, 0, 1);
	pid_t pid = ipcs_spawn(fn, arg);
	if (on_zero)
		IPCS_WAIT_SEMZCNT(semid, 0, 1);
	else
		IPCS_WAIT_SEMNCNT(semid, 1, 1);
	IPCS_WAIT_IN_SEMOP(pid);
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_TEST(semop_wait_zero_not_restarted)
{
	interrupt(wait_zero, NULL, 1);
}

IPCS_TEST(semop_decrement_not_restarted)
{
	interrupt(wait_decrement, NULL, 0);
}

IPCS_TEST(semtimedop_not_restarted)
{
	if (!ipcs_feature_present("semtimedop"))
		IPCS_SKIP("built without semtimedop");
	interrupt(wait_zero, "timed", 1);
}

IPCS_MAIN(semop_wait_zero_not_restarted, semop_decrement_not_restarted, semtimedop_not_restarted)
