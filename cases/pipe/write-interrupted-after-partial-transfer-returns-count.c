/*
 * A blocking write larger than the pipe's capacity that has filled the pipe
 * and is interrupted by a caught signal (no SA_RESTART) returns the number
 * of bytes it wrote, not EINTR.
 *
 * Ref: POSIX.1-2017 write ("If write() is interrupted by a signal after it
 * successfully writes some data, it shall return the number of bytes
 * written"); write(2) NOTES ("if it is interrupted after at least one byte
 * has been written, the call succeeds, and returns the number of bytes
 * written"); signal(7) Interruption of system calls ("If an I/O call on a
 * slow device has already transferred some data by the time it is
 * interrupted by a signal handler, then the call will return a success
 * status").
 */
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocking write interrupted by a caught signal after it wrote some data "
                      "returns the count written",
          .ref = "POSIX.1-2017 write; write(2) NOTES; signal(7) Interruption of system calls",
          .tags = "pipe,blocking,signal");

static int p[2];
static int cap;

static bool pipe_is_full(void *arg)
{
	(void)arg;
	return ipcs_pipe_unread(p[0]) == cap;
}

static void writer(void *arg)
{
	(void)arg;
	size_t len = 2 * (size_t)cap;
	char *buf = calloc(1, len);
	if (!buf)
		IPCS_BROKEN("out of memory");
	ipcs_catch_signal(SIGUSR1, 0);
	IPCS_EXPECT_EQ(write(p[1], buf, len), cap);
	IPCS_EXPECT_EQ(ipcs_signal_count(SIGUSR1), 1);
	free(buf);
}

IPCS_TEST(interrupted_write_returns_partial_count)
{
	ipcs_pipe(p);
	cap = (int)IPCS_SAFE(fcntl(p[1], F_GETPIPE_SZ));
	pid_t pid = ipcs_spawn(writer, NULL);
	IPCS_WAIT_IN(pid, "write");
	IPCS_POLL(pipe_is_full, NULL, "the writer filling the pipe");
	IPCS_SAFE(kill(pid, SIGUSR1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), cap);
}

IPCS_MAIN(interrupted_write_returns_partial_count)
