/*
 * A non-blocking write of more than PIPE_BUF bytes into an empty pipe that
 * cannot hold all of it writes part of the data (at least PIPE_BUF bytes)
 * and returns that count.
 *
 * Ref: pipe(7) PIPE_BUF ("O_NONBLOCK enabled, n > PIPE_BUF: ... Otherwise,
 * from 1 to n bytes may be written (i.e., a "partial write" may occur)");
 * POSIX.1-2017 write ("A write request for more than {PIPE_BUF} bytes shall
 * cause one of the following: When at least one byte can be written,
 * transfer what it can and return the number of bytes written. When all data
 * previously written to the pipe is read, it shall transfer at least
 * {PIPE_BUF} bytes.").
 */
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a non-blocking write beyond PIPE_BUF larger than the room is partial: "
                      "it returns what it wrote, at least PIPE_BUF into an empty pipe",
          .ref = "pipe(7) PIPE_BUF; POSIX.1-2017 write", .tags = "pipe,nonblock,partial");

IPCS_TEST(partial_write_into_empty_pipe)
{
	int p[2];

	ipcs_pipe(p);
	int cap = (int)IPCS_SAFE(fcntl(p[1], F_GETPIPE_SZ));
	size_t n = (size_t)cap + 2 * PIPE_BUF;
	char *buf = calloc(1, n);
	if (!buf)
		IPCS_BROKEN("out of memory");
	ipcs_set_nonblock(p[1], 1);
	ssize_t got = write(p[1], buf, n);
	IPCS_ASSERT_GE(got, PIPE_BUF);
	IPCS_EXPECT_LT(got, (ssize_t)n);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), got);
	free(buf);
}

IPCS_TEST(partial_write_into_partly_full_pipe)
{
	int p[2];
	size_t page = (size_t)sysconf(_SC_PAGESIZE);

	ipcs_pipe(p);
	size_t cap = ipcs_pipe_fill(p[1]);
	char *drain = malloc(cap);
	if (!drain)
		IPCS_BROKEN("out of memory");
	/* free two whole pages, then write three pages' worth */
	IPCS_ASSERT_EQ(read(p[0], drain, 2 * page), (ssize_t)(2 * page));
	size_t n = 3 * page;
	char *buf = calloc(1, n);
	if (!buf)
		IPCS_BROKEN("out of memory");
	ipcs_set_nonblock(p[1], 1);
	ssize_t got = write(p[1], buf, n);
	IPCS_ASSERT_GE(got, 1);
	IPCS_EXPECT_LT(got, (ssize_t)n);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), (int)(cap - 2 * page) + got);
	free(buf);
	free(drain);
}

IPCS_MAIN(partial_write_into_empty_pipe, partial_write_into_partly_full_pipe)
