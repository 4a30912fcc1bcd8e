/*
 * ioctl(FIONREAD) on either end of a pipe gives the number of unread bytes:
 * 0 when empty, growing with writes, shrinking with reads.
 *
 * Ref: pipe(7) Pipe capacity ("The following ioctl(2) operation, which can
 * be applied to a file descriptor that refers to either end of a pipe,
 * places a count of the number of unread bytes in the pipe in the int buffer
 * pointed to by the final argument of the call: ioctl(fd, FIONREAD,
 * &nbytes);").
 */
#include <sys/ioctl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "FIONREAD on either end of a pipe counts the unread bytes",
          .ref = "pipe(7) Pipe capacity (FIONREAD)", .tags = "pipe,fionread");

static int unread(int fd)
{
	int n = -12345;
	IPCS_EXPECT_OK(ioctl(fd, FIONREAD, &n));
	return n;
}

IPCS_TEST(counts_follow_writes_and_reads)
{
	int p[2];
	char buf[16];

	ipcs_pipe(p);
	IPCS_EXPECT_EQ(unread(p[0]), 0);
	IPCS_SAFE(write(p[1], "abcdef", 6));
	IPCS_EXPECT_EQ(unread(p[0]), 6);
	IPCS_EXPECT_EQ(unread(p[1]), 6);
	IPCS_SAFE(write(p[1], "gh", 2));
	IPCS_EXPECT_EQ(unread(p[0]), 8);
	IPCS_SAFE(read(p[0], buf, 5));
	IPCS_EXPECT_EQ(unread(p[0]), 3);
	IPCS_SAFE(read(p[0], buf, sizeof buf));
	IPCS_EXPECT_EQ(unread(p[1]), 0);
}

IPCS_MAIN(counts_follow_writes_and_reads)
