/*
 * splice from a pipe's read end into the same pipe's write end fails with
 * EINVAL and leaves the data in place, while splicing into another pipe
 * works.
 *
 * Ref: splice(2) ERRORS ("EINVAL fd_in and fd_out refer to the same pipe").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "splice from a pipe into the same pipe fails with EINVAL",
          .ref = "splice(2) ERRORS EINVAL", .tags = "pipe,splice,einval");

IPCS_TEST(same_pipe_einval)
{
	int a[2], b[2];

	ipcs_pipe(a);
	ipcs_pipe(b);
	IPCS_SAFE(write(a[1], "loop", 4));
	IPCS_EXPECT_ERRNO(splice(a[0], NULL, a[1], NULL, 4, 0), EINVAL);
	IPCS_EXPECT_ERRNO(splice(a[0], NULL, a[1], NULL, 4, SPLICE_F_NONBLOCK), EINVAL);
	IPCS_EXPECT_EQ(ipcs_pipe_unread(a[0]), 4);
	/* control: another pipe takes them */
	IPCS_EXPECT_EQ(splice(a[0], NULL, b[1], NULL, 4, 0), 4);
}

IPCS_MAIN(same_pipe_einval)
