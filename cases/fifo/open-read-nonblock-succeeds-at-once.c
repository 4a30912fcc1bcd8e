/*
 * An open of a FIFO with O_RDONLY | O_NONBLOCK succeeds at once when no
 * writer has it open; a read then returns 0 (no writer).
 *
 * Ref: fifo(7) ("A process can open a FIFO in nonblocking mode. In this
 * case, opening for read-only succeeds even if no one has opened on the
 * write side yet"); POSIX.1-2017 open ("If O_NONBLOCK is set, an open() for
 * reading-only shall return without delay"); POSIX.1-2017 read (empty FIFO,
 * no writer: "read() shall return 0").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "open of a FIFO with O_RDONLY|O_NONBLOCK succeeds without a writer",
          .ref = "fifo(7); POSIX.1-2017 open, read", .tags = "fifo,open,nonblock");

IPCS_TEST(nonblocking_read_open_without_writer)
{
	char path[256], c;

	ipcs_temp_fifo(path, sizeof path);
	int fd = open(path, O_RDONLY | O_NONBLOCK);
	IPCS_ASSERT_OK(fd);
	IPCS_EXPECT_EQ(read(fd, &c, 1), 0);
}

IPCS_MAIN(nonblocking_read_open_without_writer)
