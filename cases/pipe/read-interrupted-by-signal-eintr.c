/*
 * A read blocked on an empty pipe and interrupted by a caught signal (no
 * SA_RESTART) fails with EINTR, having read nothing.
 *
 * Ref: read(2) ERRORS ("EINTR The call was interrupted by a signal before
 * any data was read"); POSIX.1-2017 read ([EINTR] "The read operation was
 * terminated due to the receipt of a signal, and no data was transferred");
 * signal(7) Interruption of system calls (read on "slow" devices such as
 * pipes).
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a read blocked on an empty pipe fails with EINTR when a caught signal "
                      "arrives",
          .ref = "read(2) ERRORS EINTR; POSIX.1-2017 read; signal(7)",
          .tags = "pipe,blocking,signal");

static int p[2];

static void reader(void *arg)
{
	(void)arg;
	char c;
	ipcs_catch_signal(SIGUSR1, 0);
	IPCS_EXPECT_ERRNO(read(p[0], &c, 1), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
}

IPCS_TEST(signal_ends_read_with_eintr)
{
	ipcs_pipe(p);
	pid_t pid = ipcs_spawn(reader, NULL);
	IPCS_WAIT_IN(pid, "read");
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), 0);
}

IPCS_MAIN(signal_ends_read_with_eintr)
