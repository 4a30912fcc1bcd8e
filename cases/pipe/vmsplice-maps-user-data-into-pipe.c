/*
 * vmsplice puts the bytes of a user buffer into a pipe: the call returns
 * the count and a read of the other end gets them, in iovec order.
 *
 * Ref: vmsplice(2) DESCRIPTION ("If fd is opened for writing, the vmsplice()
 * system call maps nr_segs ranges of user memory described by iov into a
 * pipe"), RETURN VALUE ("Upon successful completion, vmsplice() returns the
 * number of bytes transferred to the pipe").
 */
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "vmsplice moves user memory into a pipe, read back in iovec order",
          .ref = "vmsplice(2) DESCRIPTION, RETURN VALUE", .tags = "pipe,vmsplice");

IPCS_TEST(vmsplice_then_read)
{
	int p[2];
	static char a[] = "hello, ", b[] = "pipe";
	char buf[32] = {0};
	struct iovec iov[2] = {{a, 7}, {b, 4}};

	ipcs_pipe(p);
	IPCS_EXPECT_EQ(vmsplice(p[1], iov, 2, 0), 11);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(p[0]), 11);
	IPCS_EXPECT_EQ(read(p[0], buf, sizeof buf), 11);
	IPCS_EXPECT_MEMEQ(buf, "hello, pipe", 11);
}

IPCS_MAIN(vmsplice_then_read)
