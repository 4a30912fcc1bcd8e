/*
 * A writer blocked on a full pipe fails with EPIPE (SIGPIPE ignored) when
 * the last read end is closed, instead of staying blocked.
 *
 * Ref: POSIX.1-2017 write ([EPIPE] "An attempt is made to write to a pipe or
 * FIFO that is not open for reading by any process"); pipe(7) I/O on pipes
 * and FIFOs ("If all file descriptors referring to the read end of a pipe
 * have been closed, then a write(2) will cause a SIGPIPE signal ... If the
 * calling process is ignoring this signal, then write(2) fails with the
 * error EPIPE").
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a writer blocked on a full pipe fails with EPIPE when the last reader "
                      "closes",
          .ref = "POSIX.1-2017 write EPIPE; pipe(7) I/O on pipes and FIFOs",
          .tags = "pipe,blocking,epipe");

static int p[2];

static void writer(void *arg)
{
	(void)arg;
	signal(SIGPIPE, SIG_IGN);
	IPCS_SAFE(close(p[0]));
	IPCS_EXPECT_ERRNO(write(p[1], "x", 1), EPIPE);
}

IPCS_TEST(reader_close_wakes_writer_with_epipe)
{
	ipcs_pipe(p);
	ipcs_pipe_fill(p[1]);
	pid_t pid = ipcs_spawn(writer, NULL);
	IPCS_WAIT_IN(pid, "write");
	IPCS_SAFE(close(p[0]));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(reader_close_wakes_writer_with_epipe)
