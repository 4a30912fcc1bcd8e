/*
 * A write to a FIFO whose readers have all closed raises SIGPIPE (killing
 * the writer by default) and, with SIGPIPE ignored, fails with EPIPE.
 *
 * Ref: fifo(7) NOTES ("When a process tries to write to a FIFO that is not
 * opened for read on the other side, the process is sent a SIGPIPE
 * signal"); pipe(7) ("If the calling process is ignoring this signal, then
 * write(2) fails with the error EPIPE"); POSIX.1-2017 write ([EPIPE] "An
 * attempt is made to write to a pipe or FIFO that is not open for reading by
 * any process ... A SIGPIPE signal shall also be sent to the thread").
 */
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "writing to a FIFO without readers raises SIGPIPE, or fails with EPIPE "
                      "when it is ignored",
          .ref = "fifo(7) NOTES; pipe(7); POSIX.1-2017 write EPIPE", .tags = "fifo,sigpipe,epipe");

static char path[256];

/* A write end of the FIFO whose only reader has closed again. */
static int orphan_writer(void)
{
	int r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	int w = (int)IPCS_SAFE(open(path, O_WRONLY));
	IPCS_SAFE(close(r));
	return w;
}

static void writer(void *arg)
{
	(void)arg;
	ipcs_pipe_write_expecting_sigpipe(orphan_writer());
}

IPCS_TEST(sigpipe_kills_writer)
{
	ipcs_temp_fifo(path, sizeof path);
	IPCS_EXPECT_CHILD_SIGNAL(ipcs_spawn(writer, NULL), SIGPIPE);
}

IPCS_TEST(ignored_sigpipe_gives_epipe)
{
	ipcs_temp_fifo(path, sizeof path);
	signal(SIGPIPE, SIG_IGN);
	int w = orphan_writer();
	IPCS_EXPECT_ERRNO(write(w, "x", 1), EPIPE);
}

IPCS_MAIN(sigpipe_kills_writer, ignored_sigpipe_gives_epipe)
