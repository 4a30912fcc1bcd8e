/*
 * vmsplice on a pipe's read end fills the user buffers from the pipe, in
 * iovec order, returns the count and consumes those bytes.
 *
 * Ref: vmsplice(2) DESCRIPTION ("If fd is opened for reading, the vmsplice()
 * system call fills nr_segs ranges of user memory described by iov from a
 * pipe"), RETURN VALUE ("vmsplice() returns the number of bytes
 * transferred").
 */
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "vmsplice on a pipe's read end copies the bytes into user memory and "
                      "consumes them",
          .ref = "vmsplice(2) DESCRIPTION, RETURN VALUE", .tags = "pipe,vmsplice");

IPCS_TEST(vmsplice_from_read_end)
{
	int p[2];
	char first[4] = {0}, second[8] = {0};
	struct iovec iov[2] = {{first, 3}, {second, 8}};

	ipcs_pipe(p);
	IPCS_SAFE(write(p[1], "abcdefghijkl", 12));
	IPCS_EXPECT_EQ(vmsplice(p[0], iov, 2, 0), 11);
	IPCS_EXPECT_MEMEQ(first, "abc", 3);
	IPCS_EXPECT_MEMEQ(second, "defghijk", 8);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), 1); /* consumed */
}

IPCS_MAIN(vmsplice_from_read_end)
