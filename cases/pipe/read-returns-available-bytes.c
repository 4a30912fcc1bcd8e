/*
 * A read from a pipe holding fewer bytes than requested returns the bytes
 * that are there at once instead of waiting for the rest; a shorter read
 * leaves the remainder in the pipe.
 *
 * Ref: POSIX.1-2017 read ("The value returned may be less than nbyte if the
 * number of bytes left in the file is less than nbyte ... or if the file is
 * a pipe or FIFO"; "If some process has the pipe open for writing and
 * O_NONBLOCK is clear, read() shall block the calling thread until some data
 * is written or the pipe is closed by all processes that had the pipe open
 * for writing"); pipe(7) ("read(2) will block until data is available").
 */
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a read on a pipe returns the bytes available without waiting to fill "
                      "the buffer, and leaves what it did not ask for",
          .ref = "POSIX.1-2017 read; pipe(7) I/O on pipes and FIFOs", .tags = "pipe,read");

IPCS_TEST(read_returns_what_is_there)
{
	int p[2];
	char buf[100];

	ipcs_pipe(p); /* the write end stays open: a waiting read would hang */
	IPCS_SAFE(write(p[1], "hello", 5));
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 5);
	IPCS_EXPECT_MEMEQ(buf, "hello", 5);
}

IPCS_TEST(short_read_leaves_the_rest)
{
	int p[2];
	char buf[100];

	ipcs_pipe(p);
	IPCS_SAFE(write(p[1], "0123456789", 10));
	IPCS_EXPECT_EQ(read(p[0], buf, 4), 4);
	IPCS_EXPECT_MEMEQ(buf, "0123", 4);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), 6);
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 6);
	IPCS_EXPECT_MEMEQ(buf, "456789", 6);
}

IPCS_MAIN(read_returns_what_is_there, short_read_leaves_the_rest)
