/*
 * fpathconf(_PC_PIPE_BUF) on a pipe gives PIPE_BUF, 4096 on Linux, above
 * the POSIX minimum of 512.
 *
 * Ref: pipe(7) PIPE_BUF ("POSIX.1 requires PIPE_BUF to be at least 512
 * bytes. (On Linux, PIPE_BUF is 4096 bytes.)"); fpathconf(3) (_PC_PIPE_BUF
 * "The maximum number of bytes that can be written atomically to a pipe of
 * FIFO"); POSIX.1-2017 <limits.h> {_POSIX_PIPE_BUF} 512.
 */
#include <limits.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "PIPE_BUF is 4096 on Linux, as <limits.h> and fpathconf on a pipe say",
          .ref = "pipe(7) PIPE_BUF; fpathconf(3)", .tags = "pipe,pipe_buf");

IPCS_TEST(pipe_buf_value)
{
	int p[2];

	ipcs_pipe(p);
	IPCS_EXPECT_EQ(PIPE_BUF, 4096);
	IPCS_EXPECT_EQ(fpathconf(p[0], _PC_PIPE_BUF), 4096);
	IPCS_EXPECT_EQ(fpathconf(p[1], _PC_PIPE_BUF), 4096);
	IPCS_EXPECT_GE(fpathconf(p[1], _PC_PIPE_BUF), 512); /* POSIX minimum */
}

IPCS_MAIN(pipe_buf_value)
