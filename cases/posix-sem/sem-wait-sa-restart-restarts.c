/*
 * A sem_wait() blocked at 0 whose process catches a signal with an SA_RESTART
 * handler is restarted after the handler: it does not fail with EINTR, keeps
 * waiting, and returns when the semaphore is posted.
 *
 * Ref: signal(7) Interruption of system calls and library functions by signal
 * handlers ("If a blocked call to one of the following interfaces is
 * interrupted by a signal handler, then the call is automatically restarted
 * after the signal handler returns if the SA_RESTART flag was used ... POSIX
 * semaphore interfaces: sem_wait(3) and sem_timedwait(3) (since Linux
 * 2.6.22)").
 */
#include <signal.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a sem_wait interrupted by an SA_RESTART handler keeps waiting and "
                      "completes on the post",
          .ref = "signal(7) Interruption of system calls", .tags = "blocking,signal");

struct shared {
	sem_t sem;
};
static struct shared *sh;

static void waiter(void *arg)
{
	(void)arg;
	ipcs_catch_signal_reported(SIGUSR1, SA_RESTART);
	IPCS_EXPECT_OK(sem_wait(&sh->sem));
}

IPCS_TEST(restarted_after_handler)
{
	sh = (void *)ipcs_map_anon(sizeof *sh, PROT_READ | PROT_WRITE, MAP_SHARED);
	IPCS_SAFE(sem_init(&sh->sem, 1, 0));
	ipcs_signal_reports_open();
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_WAIT_IN(pid, "futex");
	ipcs_signal_and_await(pid, SIGUSR1);
	IPCS_EXPECT_BLOCKED_IN(pid, "futex"); /* back asleep, not returned */
	IPCS_SAFE(sem_post(&sh->sem));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_SEM_VALUE(&sh->sem, 0);
}

IPCS_MAIN(restarted_after_handler)
