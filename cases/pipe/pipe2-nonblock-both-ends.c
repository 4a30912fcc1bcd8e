/*
 * pipe2(O_NONBLOCK) gives two ends with O_NONBLOCK set: reading the empty
 * pipe and writing the full one fail with EAGAIN instead of blocking.
 *
 * Ref: pipe(2) DESCRIPTION ("O_NONBLOCK Set the O_NONBLOCK file status flag
 * on the open file descriptions referred to by the new file descriptors");
 * pipe(7) PIPE_BUF (O_NONBLOCK enabled: "write(2) fails, with errno set to
 * EAGAIN"); read(2) ERRORS EAGAIN.
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "pipe2 with O_NONBLOCK makes both ends non-blocking (EAGAIN)",
          .ref = "pipe(2) O_NONBLOCK; read(2), write(2) ERRORS EAGAIN", .tags = "pipe2,nonblock");

IPCS_TEST(both_ends_nonblocking)
{
	int p[2];
	char c;

	IPCS_ASSERT_OK(pipe2(p, O_NONBLOCK));
	IPCS_EXPECT_EQ(fcntl(p[0], F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	IPCS_EXPECT_EQ(fcntl(p[1], F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	IPCS_EXPECT_ERRNO(read(p[0], &c, 1), EAGAIN);
	ipcs_pipe_fill(p[1]);
	IPCS_EXPECT_ERRNO(write(p[1], "x", 1), EAGAIN);
	/* and not close-on-exec: only the flags asked for */
	IPCS_EXPECT_EQ(fcntl(p[0], F_GETFD) & FD_CLOEXEC, 0);
}

IPCS_MAIN(both_ends_nonblocking)
