/*
 * A blocked F_SETLKW whose process handles a signal installed with
 * SA_RESTART is restarted after the handler: it goes on waiting and gets the
 * lock once the conflicting lock is released.
 *
 * Ref: signal(7) Interruption of system calls and library functions by signal
 * handlers ("If a blocked call to one of the following interfaces is
 * interrupted by a signal handler, then the call is automatically restarted
 * after the signal handler returns if the SA_RESTART flag was used";
 * "File locking interfaces: flock(2) and the F_SETLKW and F_OFD_SETLKW
 * operations of fcntl(2)").
 */
#include <signal.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a blocked F_SETLKW is restarted after an SA_RESTART handler and still "
                      "gets the lock",
          .ref = "signal(7) Interruption of system calls", .tags = "fcntl,blocking,signal");

static char path[256];
static void waiter(void *arg)
{
	(void)arg;
	ipcs_catch_signal_reported(SIGUSR1, SA_RESTART);
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLKW, &fl));
}

IPCS_TEST(wait_resumes_after_handler)
{
	ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_signal_reports_open();
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_WRLCK, 0, 10);
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_WAIT_IN(pid, "fcntl");

	ipcs_signal_and_await(pid, SIGUSR1);
	IPCS_EXPECT_BLOCKED_IN(pid, "fcntl"); /* and the wait went on */

	ipcs_lock_holder_unlock(&h);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(wait_resumes_after_handler)
