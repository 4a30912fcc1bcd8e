/*
 * Writers that each open a FIFO by name and write records of PIPE_BUF bytes
 * concurrently are never interleaved: the reader sees each record whole.
 *
 * Ref: pipe(7) ("I/O on pipes and FIFOs has exactly the same semantics";
 * PIPE_BUF "O_NONBLOCK disabled, n <= PIPE_BUF: All n bytes are written
 * atomically"); POSIX.1-2017 write ("Write requests of {PIPE_BUF} bytes or
 * less shall not be interleaved with data from other processes doing writes
 * on the same pipe"; pipes and FIFOs alike).
 */
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "concurrent writes of PIPE_BUF bytes to a FIFO opened by name are never "
                      "interleaved",
          .ref = "pipe(7) PIPE_BUF; POSIX.1-2017 write", .tags = "fifo,atomic,concurrency",
          .timeout = 30);

enum { WRITERS = 4, RECORDS = 300 };

static char path[256];
static int hold;

static void writer(void *arg)
{
	int w = (int)IPCS_SAFE(open(path, O_WRONLY));
	IPCS_SAFE(close(hold)); /* inherited; dropped once our own end is open */
	ipcs_pipe_write_records(w, (char)(intptr_t)arg, PIPE_BUF, RECORDS);
}

IPCS_TEST(pipe_buf_writes_whole)
{
	ipcs_temp_fifo(path, sizeof path);
	/* a read end first, so that the writers' opens do not wait; and a
	 * write end, inherited by each writer until it has opened its own,
	 * so that the reader never sees EOF before the last writer is done */
	int r = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	hold = (int)IPCS_SAFE(open(path, O_WRONLY));
	ipcs_set_nonblock(r, 0);
	pid_t pids[WRITERS];
	for (int i = 0; i < WRITERS; i++)
		pids[i] = ipcs_spawn(writer, (void *)(intptr_t)('a' + i));
	IPCS_SAFE(close(hold));
	ipcs_pipe_check_records(r, PIPE_BUF, WRITERS, RECORDS);
	for (int i = 0; i < WRITERS; i++)
		IPCS_EXPECT_CHILD_EXIT(pids[i], 0);
}

IPCS_MAIN(pipe_buf_writes_whole)
