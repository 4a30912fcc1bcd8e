/*
 * With O_NONBLOCK on the read end, a read from an empty pipe whose write end
 * is open fails with EAGAIN at once; with no writer left it returns 0.
 *
 * Ref: POSIX.1-2017 read ("When attempting to read from an empty pipe or
 * FIFO: If no process has the pipe open for writing, read() shall return 0
 * to indicate end-of-file. If some process has the pipe open for writing and
 * O_NONBLOCK is set, read() shall return -1 and set errno to [EAGAIN]");
 * read(2) ERRORS EAGAIN; pipe(7) ("Nonblocking I/O is possible by using the
 * fcntl(2) F_SETFL operation to enable the O_NONBLOCK open file status
 * flag").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a non-blocking read of an empty pipe fails with EAGAIN while a writer "
                      "exists, and returns 0 once none is left",
          .ref = "POSIX.1-2017 read; read(2) ERRORS EAGAIN; pipe(7)",
          .tags = "pipe,nonblock,eagain");

IPCS_TEST(empty_with_writer_eagain)
{
	int p[2];
	char buf[8];

	ipcs_pipe(p);
	ipcs_set_nonblock(p[0], 1);
	IPCS_EXPECT_ERRNO(read(p[0], buf, sizeof buf), EAGAIN);
	/* O_NONBLOCK on the read end only: the write end still blocks */
	IPCS_EXPECT_EQ(fcntl(p[1], F_GETFL) & O_NONBLOCK, 0);
	IPCS_SAFE(write(p[1], "z", 1));
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 1);
	IPCS_EXPECT_ERRNO(read(p[0], buf, sizeof buf), EAGAIN);
}

IPCS_TEST(empty_without_writer_eof)
{
	int p[2];
	char buf[8];

	ipcs_pipe(p);
	ipcs_set_nonblock(p[0], 1);
	IPCS_SAFE(close(p[1]));
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 0);
}

IPCS_MAIN(empty_with_writer_eagain, empty_without_writer_eof)
