/*
 * Once every descriptor for the write end is closed, read returns what is
 * left in the pipe and then 0 (end of file), also with O_NONBLOCK set.
 *
 * Ref: pipe(7) I/O on pipes and FIFOs ("If all file descriptors referring to
 * the write end of a pipe have been closed, then an attempt to read(2) from
 * the pipe will see end-of-file (read(2) will return 0)"); POSIX.1-2017 read
 * ("When attempting to read from an empty pipe or FIFO: If no process has the
 * pipe open for writing, read() shall return 0 to indicate end-of-file").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "read returns the remaining data, then 0, once all write ends are closed",
          .ref = "pipe(7) I/O on pipes and FIFOs; POSIX.1-2017 read", .tags = "pipe,eof");

IPCS_TEST(data_then_eof)
{
	int p[2];
	char buf[16];

	ipcs_pipe(p);
	IPCS_SAFE(write(p[1], "tail", 4));
	IPCS_SAFE(close(p[1]));
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 4);
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 0);
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 0); /* and it stays at EOF */
}

IPCS_TEST(eof_with_a_duplicate_closed_too)
{
	int p[2];
	char buf[16];

	ipcs_pipe(p);
	int dup_w = (int)IPCS_SAFE(dup(p[1]));
	IPCS_SAFE(close(p[1]));
	ipcs_set_nonblock(p[0], 1);
	/* a duplicate keeps the write end open: not EOF yet */
	IPCS_EXPECT_ERRNO(read(p[0], buf, sizeof buf), EAGAIN);
	IPCS_SAFE(close(dup_w));
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 0);
}

IPCS_MAIN(data_then_eof, eof_with_a_duplicate_closed_too)
