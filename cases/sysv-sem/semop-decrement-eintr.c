/*
 * A semop() decrement asleep for the value to increase, interrupted by a
 * caught signal, fails with EINTR; semncnt is decremented and the value is
 * untouched.
 *
 * Ref: semop(2) DESCRIPTION ("The calling thread catches a signal: the value
 * of semncnt is decremented and semop() fails, with errno set to EINTR"),
 * ERRORS EINTR; POSIX.1-2017 semop.
 */
#include <signal.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocked semop decrement interrupted by a caught signal fails with EINTR "
                      "and semncnt drops back",
          .ref = "semop(2) DESCRIPTION, ERRORS EINTR; POSIX.1-2017 semop",
          .tags = "semop,decrement,blocking,signal");

static int semid;

static void waiter(void *arg)
{
	(void)arg;
	ipcs_catch_signal(SIGUSR1, 0);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, -2, 0), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETNCNT), 0);
}

IPCS_TEST(signal_ends_wait_with_eintr)
{
	semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 1);
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_WAIT_SEMNCNT(semid, 0, 1);
	IPCS_WAIT_IN_SEMOP(pid);
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETNCNT), 0);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
}

IPCS_MAIN(signal_ends_wait_with_eintr)
