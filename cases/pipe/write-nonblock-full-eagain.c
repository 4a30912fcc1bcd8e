/*
 * With O_NONBLOCK on the write end, a write to a full pipe fails with
 * EAGAIN and transfers nothing.
 *
 * Ref: pipe(7) PIPE_BUF ("O_NONBLOCK enabled, n <= PIPE_BUF: If there is room
 * to write n bytes to the pipe, then write(2) succeeds immediately, writing
 * all n bytes; otherwise write(2) fails, with errno set to EAGAIN";
 * "O_NONBLOCK enabled, n > PIPE_BUF: If the pipe is full, then write(2)
 * fails, with errno set to EAGAIN"); POSIX.1-2017 write (O_NONBLOCK set:
 * "A write request for {PIPE_BUF} or fewer bytes ... Otherwise, write() shall
 * transfer no data and shall return -1 with errno set to [EAGAIN]"; for more
 * than {PIPE_BUF} bytes "When no data can be written, transfer no data, and
 * return -1 with errno set to [EAGAIN]").
 */
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a non-blocking write to a full pipe fails with EAGAIN, small or large",
          .ref = "pipe(7) PIPE_BUF; POSIX.1-2017 write", .tags = "pipe,nonblock,eagain");

IPCS_TEST(full_pipe_write_eagain)
{
	int p[2];
	static char big[PIPE_BUF * 2];

	ipcs_pipe(p);
	size_t cap = ipcs_pipe_fill(p[1]);
	IPCS_ASSERT_EQ(ipcs_pipe_unread(p[0]), (int)cap);
	ipcs_set_nonblock(p[1], 1);
	IPCS_EXPECT_ERRNO(write(p[1], "x", 1), EAGAIN);
	IPCS_EXPECT_ERRNO(write(p[1], big, sizeof big), EAGAIN); /* > PIPE_BUF */
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), (int)cap);        /* nothing went in */
	/* O_NONBLOCK on the write end only: the read end still blocks */
	IPCS_EXPECT_EQ(fcntl(p[0], F_GETFL) & O_NONBLOCK, 0);
}

IPCS_MAIN(full_pipe_write_eagain)
