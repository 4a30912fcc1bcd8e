/*
 * An F_SETLKW waiting for a conflicting lock is interrupted by a caught
 * signal: it fails with EINTR and the lock is not acquired.
 *
 * Ref: fcntl(2) F_SETLKW ("If a signal is caught while waiting, then the call
 * is interrupted and (after the signal handler has returned) returns
 * immediately (with return value -1 and errno set to EINTR"), ERRORS EINTR;
 * POSIX.1-2017 fcntl ERRORS ("[EINTR] The cmd argument is F_SETLKW and the
 * function was interrupted by a signal").
 */
#include <signal.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocked F_SETLKW interrupted by a caught signal fails with EINTR "
                      "without taking the lock",
          .ref = "fcntl(2) F_SETLKW, ERRORS EINTR; POSIX.1-2017 fcntl ERRORS",
          .tags = "fcntl,blocking,signal");

static char path[256];
static pid_t holder_pid;

static void waiter(void *arg)
{
	(void)arg;
	ipcs_catch_signal(SIGUSR1, 0); /* no SA_RESTART */
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLKW, &fl), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
	/* not acquired: the holder's lock, with the holder's pid, is still what
	 * F_GETLK reports */
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_SAFE(fcntl(fd, F_GETLK, &fl));
	IPCS_EXPECT_FLOCK(fl, F_WRLCK, 0, 10, holder_pid);
}

IPCS_TEST(signal_ends_wait_with_eintr)
{
	ipcs_lock_file(path, sizeof path, 0, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_WRLCK, 0, 10);
	holder_pid = h.pid;
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_WAIT_IN(pid, "fcntl");
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	/* the holder's lock is still there, and nobody else's */
	ipcs_lock_holder_unlock(&h);
	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_EQ(got.l_type, F_UNLCK);
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(signal_ends_wait_with_eintr)
