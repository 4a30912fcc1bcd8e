/*
 * A blocking open of a FIFO waiting for the other end fails with EINTR when
 * a caught signal (no SA_RESTART) arrives.
 *
 * Ref: open(2) ERRORS ("EINTR While blocked waiting to complete an open of a
 * slow device (e.g., a FIFO; see fifo(7)), the call was interrupted by a
 * signal handler"); POSIX.1-2017 open ([EINTR] "A signal was caught during
 * open()").
 */
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocking FIFO open fails with EINTR when a caught signal arrives",
          .ref = "open(2) ERRORS EINTR; POSIX.1-2017 open", .tags = "fifo,open,signal");

static char path[256];

static void opener(void *arg)
{
	ipcs_catch_signal(SIGUSR1, 0);
	IPCS_EXPECT_ERRNO(open(path, (int)(intptr_t)arg), EINTR);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
}

static void interrupt_open(int flags)
{
	ipcs_temp_fifo(path, sizeof path);
	pid_t pid = ipcs_spawn(opener, (void *)(intptr_t)flags);
	IPCS_WAIT_IN(pid, "open");
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_TEST(read_open_interrupted)
{
	interrupt_open(O_RDONLY);
}

IPCS_TEST(write_open_interrupted)
{
	interrupt_open(O_WRONLY);
}

IPCS_MAIN(read_open_interrupted, write_open_interrupted)
