/*
 * A write blocked on a full pipe, interrupted by a caught signal (no
 * SA_RESTART) before it wrote anything, fails with EINTR and adds nothing to
 * the pipe.
 *
 * Ref: POSIX.1-2017 write ("If write() is interrupted by a signal before it
 * writes any data, it shall return -1 with errno set to [EINTR]"); write(2)
 * ERRORS EINTR ("The call was interrupted by a signal before any data was
 * written"); signal(7) Interruption of system calls (write on "slow" devices
 * such as pipes).
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a write blocked on a full pipe fails with EINTR when a caught signal "
                      "arrives before it wrote anything",
          .ref = "POSIX.1-2017 write EINTR; write(2) ERRORS EINTR; signal(7)",
          .tags = "pipe,blocking,signal");

static int p[2];

static void writer(void *arg)
{
	(void)arg;
	ipcs_catch_signal(SIGUSR1, 0);
	IPCS_EXPECT_ERRNO(write(p[1], "x", 1), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
}

IPCS_TEST(signal_ends_write_with_eintr)
{
	ipcs_pipe(p);
	size_t full = ipcs_pipe_fill(p[1]);
	pid_t pid = ipcs_spawn(writer, NULL);
	IPCS_WAIT_IN(pid, "write");
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), (int)full); /* the byte never went in */
}

IPCS_MAIN(signal_ends_write_with_eintr)
