/*
 * With SIGPIPE blocked, a write to a pipe whose read end is closed fails
 * with EPIPE and leaves SIGPIPE pending for the writing thread.
 *
 * Ref: POSIX.1-2017 write ([EPIPE] "A SIGPIPE signal shall also be sent to
 * the thread"); POSIX.1-2017 Signal Generation and Delivery ("If the action
 * associated with a blocked signal is anything other than to ignore the
 * signal, and if that signal is generated for the thread, the signal shall
 * remain pending"); write(2) ERRORS EPIPE.
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "with SIGPIPE blocked, writing to a pipe with no reader fails with EPIPE "
                      "and leaves SIGPIPE pending",
          .ref = "POSIX.1-2017 write EPIPE, 2.4.1 Signal Generation; write(2) ERRORS",
          .tags = "pipe,sigpipe,epipe");

IPCS_TEST(blocked_sigpipe_is_pending_after_epipe)
{
	int p[2];

	signal(SIGPIPE, SIG_DFL); /* delivery would kill: it must stay pending */
	ipcs_block_signal(SIGPIPE);
	IPCS_ASSERT_TRUE(!ipcs_signal_pending(SIGPIPE));

	ipcs_pipe(p);
	IPCS_SAFE(close(p[0]));
	IPCS_EXPECT_ERRNO(write(p[1], "x", 1), EPIPE);
	IPCS_EXPECT_TRUE(ipcs_signal_pending(SIGPIPE));
	/* discard it: the test process must not die when it unblocks */
	signal(SIGPIPE, SIG_IGN);
}

IPCS_MAIN(blocked_sigpipe_is_pending_after_epipe)
