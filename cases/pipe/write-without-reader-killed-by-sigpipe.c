/*
 * A write to a pipe whose read end is closed everywhere raises SIGPIPE,
 * whose default action ends the writer.
 *
 * Ref: pipe(7) I/O on pipes and FIFOs ("If all file descriptors referring to
 * the read end of a pipe have been closed, then a write(2) will cause a
 * SIGPIPE signal to be generated for the calling process"); POSIX.1-2017
 * write ("An attempt is made to write to a pipe or FIFO that is not open for
 * reading by any process ... A SIGPIPE signal shall also be sent to the
 * thread."); signal(7) (SIGPIPE, default action Term).
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "writing to a pipe with no reader kills the writer with SIGPIPE by default",
          .ref = "pipe(7) I/O on pipes and FIFOs; POSIX.1-2017 write EPIPE; signal(7)",
          .tags = "pipe,sigpipe");

static int p[2];

static void writer(void *arg)
{
	(void)arg;
	ipcs_pipe_write_expecting_sigpipe(p[1]);
}

IPCS_TEST(default_action_kills_writer)
{
	ipcs_pipe(p);
	IPCS_SAFE(close(p[0]));
	pid_t pid = ipcs_spawn(writer, NULL);
	IPCS_EXPECT_CHILD_SIGNAL(pid, SIGPIPE);
}

IPCS_MAIN(default_action_kills_writer)
