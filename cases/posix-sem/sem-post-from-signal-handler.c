/*
 * sem_post() may be called from a signal handler: a post made by one
 * process's SIGUSR1 handler wakes another process blocked in sem_wait().
 *
 * Ref: sem_post(3) NOTES ("sem_post() is async-signal-safe: it may be safely
 * called within a signal handler"); signal-safety(7); POSIX.1-2017 sem_post
 * ("The sem_post() function shall be async-signal-safe and may be invoked
 * from a signal-catching function").
 */
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a sem_post from a signal handler wakes a process blocked in sem_wait",
          .ref = "sem_post(3) NOTES; POSIX.1-2017 sem_post", .tags = "post,signal,blocking");

static sem_t *sem;
static volatile sig_atomic_t posted;

static void post_on_signal(int sig)
{
	(void)sig;
	if (sem_post(sem) == 0)
		posted = 1;
}

static void signalled_poster(void *arg)
{
	(void)arg;
	struct sigaction sa;
	sigset_t block, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = post_on_signal;
	sigemptyset(&sa.sa_mask);
	IPCS_SAFE(sigaction(SIGUSR1, &sa, NULL));
	/* No window between the check and the sleep: SIGUSR1 only in sigsuspend. */
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	IPCS_SAFE(sigprocmask(SIG_BLOCK, &block, &old));
	while (!posted)
		sigsuspend(&old);
}

static void waiter(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(sem_wait(sem));
}

IPCS_TEST(handler_post_wakes_waiter)
{
	sem = ipcs_psem_shared(0);
	pid_t w = ipcs_spawn(waiter, NULL);
	pid_t p = ipcs_spawn(signalled_poster, NULL);
	IPCS_WAIT_IN(w, "futex");
	IPCS_WAIT_IN(p, "pause");
	IPCS_SAFE(kill(p, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(p, 0);
	IPCS_EXPECT_CHILD_EXIT(w, 0);
	IPCS_EXPECT_SEM_VALUE(sem, 0);
}

IPCS_MAIN(handler_post_wakes_waiter)
