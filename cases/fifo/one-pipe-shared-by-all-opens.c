/*
 * All opens of one FIFO share one pipe: data written through one write
 * descriptor is read through a separately opened read descriptor, and two
 * readers consume from the same stream.
 *
 * Ref: fifo(7) ("The kernel maintains exactly one pipe object for each FIFO
 * special file that is opened by at least one process"; "It can be opened
 * by multiple processes for reading or writing").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "all opens of a FIFO share one pipe: readers consume one stream",
          .ref = "fifo(7) DESCRIPTION", .tags = "fifo,open");

IPCS_TEST(two_readers_share_the_stream)
{
	char path[256], buf[8] = {0};

	ipcs_temp_fifo(path, sizeof path);
	int r1 = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	int r2 = (int)IPCS_SAFE(open(path, O_RDONLY | O_NONBLOCK));
	int w1 = (int)IPCS_SAFE(open(path, O_WRONLY));
	int w2 = (int)IPCS_SAFE(open(path, O_WRONLY));
	IPCS_SAFE(write(w1, "abc", 3));
	IPCS_SAFE(write(w2, "def", 3));
	IPCS_EXPECT_EQ(ipcs_pipe_unread(r2), 6);
	IPCS_EXPECT_EQ(read(r1, buf, 4), 4);
	IPCS_EXPECT_MEMEQ(buf, "abcd", 4);
	IPCS_EXPECT_EQ(read(r2, buf, sizeof buf), 2); /* what r1 left */
	IPCS_EXPECT_MEMEQ(buf, "ef", 2);
	IPCS_EXPECT_ERRNO(read(r1, buf, sizeof buf), EAGAIN);
}

IPCS_MAIN(two_readers_share_the_stream)
