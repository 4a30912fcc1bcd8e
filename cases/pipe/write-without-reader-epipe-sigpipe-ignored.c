/*
 * With SIGPIPE ignored, a write to a pipe whose read end is closed
 * everywhere fails with EPIPE and writes nothing.
 *
 * Ref: pipe(7) I/O on pipes and FIFOs ("If the calling process is ignoring
 * this signal, then write(2) fails with the error EPIPE"); write(2) ERRORS
 * EPIPE; POSIX.1-2017 write ([EPIPE] "An attempt is made to write to a pipe
 * or FIFO that is not open for reading by any process").
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "with SIGPIPE ignored, writing to a pipe with no reader fails with EPIPE",
          .ref = "pipe(7) I/O on pipes and FIFOs; write(2) ERRORS; POSIX.1-2017 write",
          .tags = "pipe,sigpipe,epipe");

IPCS_TEST(ignored_sigpipe_gives_epipe)
{
	int p[2];

	signal(SIGPIPE, SIG_IGN);
	ipcs_pipe(p);
	IPCS_SAFE(close(p[0]));
	IPCS_EXPECT_ERRNO(write(p[1], "x", 1), EPIPE);
	IPCS_EXPECT_ERRNO(write(p[1], "xyz", 3), EPIPE); /* every time */
}

IPCS_TEST(reader_closing_later_gives_epipe)
{
	int p[2];

	signal(SIGPIPE, SIG_IGN);
	ipcs_pipe(p);
	IPCS_SAFE(write(p[1], "ok", 2)); /* fine while the reader is there */
	IPCS_SAFE(close(p[0]));
	IPCS_EXPECT_ERRNO(write(p[1], "x", 1), EPIPE);
}

IPCS_MAIN(ignored_sigpipe_gives_epipe, reader_closing_later_gives_epipe)
