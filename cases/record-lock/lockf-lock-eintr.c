/*
 * A lockf(F_LOCK) waiting for another process's lock fails with EINTR when a
 * caught signal interrupts it, and locks nothing.
 *
 * Ref: lockf(3) ERRORS ("EINTR While waiting to acquire a lock, the call was
 * interrupted by delivery of a signal caught by a handler"); POSIX.1-2017
 * lockf ERRORS ("[EINTR] A signal was caught during execution of the
 * function").
 */
#include <signal.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocked lockf F_LOCK interrupted by a caught signal fails with EINTR",
          .ref = "lockf(3) ERRORS EINTR; POSIX.1-2017 lockf ERRORS", .tags = "lockf,signal");

static char path[256];

static void waiter(void *arg)
{
	(void)arg;
	ipcs_catch_signal(SIGUSR1, 0); /* no SA_RESTART */
	int fd = ipcs_lock_open(path, O_RDWR);
	IPCS_EXPECT_ERRNO(lockf(fd, F_LOCK, 10), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
}

IPCS_TEST(signal_ends_wait_with_eintr)
{
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	IPCS_ASSERT_OK(lockf(fd, F_LOCK, 10));
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_WAIT_IN(pid, "fcntl");
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	/* the waiter locked nothing: once ours goes, another process is free */
	IPCS_ASSERT_OK(lockf(fd, F_ULOCK, 10));
	IPCS_EXPECT_OK(ipcs_setlk_in_child(path, F_WRLCK, 0, 0));
}

IPCS_MAIN(signal_ends_wait_with_eintr)
