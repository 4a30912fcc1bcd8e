/*
 * With a SIGPIPE handler installed, a write to a pipe whose read end is
 * closed runs the handler once and then fails with EPIPE.
 *
 * Ref: POSIX.1-2017 write ([EPIPE] "An attempt is made to write to a pipe or
 * FIFO that is not open for reading by any process ... A SIGPIPE signal shall
 * also be sent to the thread"); write(2) ERRORS EPIPE ("In this case, the
 * writing process will also receive a SIGPIPE signal").
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "with SIGPIPE caught, writing to a pipe with no reader runs the handler "
                      "and fails with EPIPE",
          .ref = "POSIX.1-2017 write EPIPE; write(2) ERRORS", .tags = "pipe,sigpipe,epipe");

IPCS_TEST(handler_runs_and_write_fails_epipe)
{
	int p[2];
	sigset_t set;

	ipcs_catch_signal(SIGPIPE, 0);
	sigemptyset(&set);
	sigaddset(&set, SIGPIPE);
	IPCS_SAFE(sigprocmask(SIG_UNBLOCK, &set, NULL));
	ipcs_pipe(p);
	IPCS_SAFE(close(p[0]));
	IPCS_EXPECT_ERRNO(write(p[1], "x", 1), EPIPE);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGPIPE), 1);
}

IPCS_MAIN(handler_runs_and_write_fails_epipe)
