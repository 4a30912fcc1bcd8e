/*
 * Writes of PIPE_BUF bytes by concurrent writers are never interleaved: the
 * reader sees each one whole, and every record arrives.
 *
 * Ref: pipe(7) PIPE_BUF ("POSIX.1 says that writes of less than PIPE_BUF
 * bytes must be atomic: the output data is written to the pipe as a
 * contiguous sequence"; "O_NONBLOCK disabled, n <= PIPE_BUF: All n bytes are
 * written atomically"); POSIX.1-2017 write ("Write requests of {PIPE_BUF}
 * bytes or less shall not be interleaved with data from other processes
 * doing writes on the same pipe.").
 */
#include <limits.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "concurrent writes of PIPE_BUF bytes or less to a pipe are never "
                      "interleaved",
          .ref = "pipe(7) PIPE_BUF; POSIX.1-2017 write", .tags = "pipe,atomic,concurrency",
          .timeout = 30);

enum { WRITERS = 4, RECORDS = 300 };

static int p[2];
static size_t reclen;

static void writer(void *arg)
{
	IPCS_SAFE(close(p[0]));
	ipcs_pipe_write_records(p[1], (char)(intptr_t)arg, reclen, RECORDS);
}

static void run(size_t len)
{
	reclen = len;
	ipcs_pipe(p);
	pid_t pids[WRITERS];
	/* the pipe fills and the writers block and wake in turn */
	for (int i = 0; i < WRITERS; i++)
		pids[i] = ipcs_spawn(writer, (void *)(intptr_t)('a' + i));
	IPCS_SAFE(close(p[1]));
	ipcs_pipe_check_records(p[0], reclen, WRITERS, RECORDS);
	for (int i = 0; i < WRITERS; i++)
		IPCS_EXPECT_CHILD_EXIT(pids[i], 0);
}

IPCS_TEST(pipe_buf_writes_whole)
{
	run(PIPE_BUF);
}

IPCS_TEST(odd_sized_writes_whole)
{
	/* records that straddle the kernel's page buffers */
	run(PIPE_BUF / 2 + 3);
}

IPCS_MAIN(pipe_buf_writes_whole, odd_sized_writes_whole)
