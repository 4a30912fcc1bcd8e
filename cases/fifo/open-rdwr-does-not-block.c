/*
 * On Linux an open of a FIFO with O_RDWR succeeds at once, blocking or not,
 * with no other process involved, and the descriptor can both write and
 * read the FIFO.
 *
 * Ref: fifo(7) ("Under Linux, opening a FIFO for read and write will succeed
 * both in blocking and nonblocking mode. POSIX leaves this behavior
 * undefined. This can be used to open a FIFO for writing while there are no
 * readers available.").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "open of a FIFO with O_RDWR succeeds at once, blocking or not (Linux)",
          .ref = "fifo(7) DESCRIPTION", .tags = "fifo,open,rdwr");

IPCS_TEST(rdwr_open_does_not_block)
{
	char path[256], buf[8];

	ipcs_temp_fifo(path, sizeof path);
	/* alone: a blocking open that waited would hang until the timeout */
	int fd = open(path, O_RDWR);
	IPCS_ASSERT_OK(fd);
	IPCS_EXPECT_EQ(write(fd, "self", 4), 4);
	IPCS_EXPECT_EQ(read(fd, buf, sizeof buf), 4);
	IPCS_EXPECT_MEMEQ(buf, "self", 4);
	/* it counts as a reader: a non-blocking write-only open now works */
	IPCS_EXPECT_OK(open(path, O_WRONLY | O_NONBLOCK));
}

IPCS_TEST(rdwr_nonblocking_open)
{
	char path[256];

	ipcs_temp_fifo(path, sizeof path);
	IPCS_EXPECT_OK(open(path, O_RDWR | O_NONBLOCK));
}

IPCS_MAIN(rdwr_open_does_not_block, rdwr_nonblocking_open)
