/*
 * An F_OFD_SETLKW waiting for a conflicting lock fails with EINTR when a
 * caught signal interrupts it, and takes no lock.
 *
 * Ref: fcntl(2) F_OFD_SETLKW ("If a signal is caught while waiting, then the
 * call is interrupted and (after the signal handler has returned) returns
 * immediately (with return value -1 and errno set to EINTR"), ERRORS EINTR.
 */
#include <signal.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a blocked F_OFD_SETLKW interrupted by a caught signal fails with EINTR",
          .ref = "fcntl(2) F_OFD_SETLKW, ERRORS EINTR", .tags = "fcntl,ofd,blocking,signal");

static char path[256];
static int fd1;

static void waiter(void *arg)
{
	(void)arg;
	ipcs_catch_signal(SIGUSR1, 0);
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_OFD_SETLKW, &fl), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
	/* our own description still meets the holder's lock, an OFD lock (l_pid
	 * -1): we did not get it */
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_SAFE(fcntl(fd, F_OFD_GETLK, &fl));
	IPCS_EXPECT_FLOCK(fl, F_WRLCK, 0, 10, -1);
}

IPCS_TEST(signal_ends_wait_with_eintr)
{
	fd1 = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd1);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd1, F_OFD_SETLK, &fl));
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_WAIT_IN(pid, "fcntl");
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	/* released now, nothing else may be left behind */
	fl = ipcs_flock(F_UNLCK, SEEK_SET, 0, 10);
	IPCS_SAFE(fcntl(fd1, F_OFD_SETLK, &fl));
	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_EQ(got.l_type, F_UNLCK);
}

IPCS_MAIN(signal_ends_wait_with_eintr)
