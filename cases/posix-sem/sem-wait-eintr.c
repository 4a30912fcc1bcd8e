/*
 * sem_wait() and sem_timedwait() blocked at 0 and interrupted by a caught
 * signal (handler without SA_RESTART) fail with EINTR; the value stays 0.
 *
 * Ref: sem_wait(3) DESCRIPTION ("the call blocks until either it becomes
 * possible to perform the decrement ... or a signal handler interrupts the
 * call"), ERRORS ("EINTR The call was interrupted by a signal handler; see
 * signal(7)"). POSIX.1-2017 sem_wait lists [EINTR] as "may fail" only.
 */
#include <signal.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a blocked sem_wait or sem_timedwait interrupted by a caught signal "
                      "fails with EINTR",
          .ref = "sem_wait(3) DESCRIPTION, ERRORS EINTR; signal(7)", .tags = "blocking,signal");

static sem_t *sem;

static void waiter(void *arg)
{
	ipcs_catch_signal(SIGUSR1, 0); /* no SA_RESTART */
	if (arg) {
		struct timespec far = ipcs_deadline_ms(CLOCK_REALTIME, 60000);
		IPCS_EXPECT_ERRNO(sem_timedwait(sem, &far), EINTR);
	} else {
		IPCS_EXPECT_ERRNO(sem_wait(sem), EINTR);
	}
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
}

static void check(void *timed)
{
	sem = ipcs_psem_shared(0);
	pid_t pid = ipcs_spawn(waiter, timed);
	IPCS_WAIT_IN(pid, "futex");
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_SEM_VALUE(sem, 0);
}

IPCS_TEST(sem_wait_eintr)
{
	check(NULL);
}

IPCS_TEST(sem_timedwait_eintr)
{
	check(&sem);
}

IPCS_MAIN(sem_wait_eintr, sem_timedwait_eintr)
