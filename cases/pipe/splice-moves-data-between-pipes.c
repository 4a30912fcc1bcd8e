/*
 * splice from one pipe to another moves the bytes: they leave the source
 * pipe, arrive in order in the destination, and the call returns the count;
 * from an empty pipe it returns 0 at end of input, and fails with EAGAIN
 * under SPLICE_F_NONBLOCK while a writer is open.
 *
 * Ref: splice(2) DESCRIPTION ("splice() moves data between two file
 * descriptors without copying between kernel address space and user address
 * space ... where one of the file descriptors must refer to a pipe"), RETURN
 * VALUE ("Upon successful completion, splice() returns the number of bytes
 * spliced to or from the pipe. A return value of 0 means end of input"),
 * ERRORS ("EAGAIN SPLICE_F_NONBLOCK was specified in flags or one of the
 * file descriptors had been marked as nonblocking (O_NONBLOCK), and the
 * operation would block").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "splice between two pipes moves the bytes out of the source into the "
                      "destination",
          .ref = "splice(2) DESCRIPTION, RETURN VALUE", .tags = "pipe,splice");

IPCS_TEST(splice_moves_bytes)
{
	int a[2], b[2];
	char buf[16] = {0};

	ipcs_pipe(a);
	ipcs_pipe(b);
	IPCS_SAFE(write(a[1], "0123456789", 10));
	IPCS_EXPECT_EQ(splice(a[0], NULL, b[1], NULL, 6, 0), 6);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(a[0]), 4); /* moved, not copied */
	IPCS_EXPECT_EQ(ipcs_pipe_unread(b[0]), 6);
	IPCS_EXPECT_EQ(read(b[0], buf, sizeof buf), 6);
	IPCS_EXPECT_MEMEQ(buf, "012345", 6);
	IPCS_EXPECT_EQ(read(a[0], buf, sizeof buf), 4);
	IPCS_EXPECT_MEMEQ(buf, "6789", 4);
}

IPCS_TEST(splice_from_empty_pipe_without_writer_returns_zero)
{
	int a[2], b[2];

	ipcs_pipe(a);
	ipcs_pipe(b);
	IPCS_SAFE(close(a[1]));
	IPCS_EXPECT_EQ(splice(a[0], NULL, b[1], NULL, 6, 0), 0);
}

IPCS_TEST(splice_nonblock_from_empty_pipe_eagain)
{
	int a[2], b[2];

	ipcs_pipe(a); /* the write end stays open: a blocking splice would wait */
	ipcs_pipe(b);
	IPCS_EXPECT_ERRNO(splice(a[0], NULL, b[1], NULL, 6, SPLICE_F_NONBLOCK), EAGAIN);
}

IPCS_MAIN(splice_moves_bytes, splice_from_empty_pipe_without_writer_returns_zero,
          splice_nonblock_from_empty_pipe_eagain)
