/*
 * pipe2 with a flag other than O_CLOEXEC, O_NONBLOCK, O_DIRECT (and
 * O_NOTIFICATION_PIPE) fails with EINVAL and leaves the array unchanged.
 *
 * Ref: pipe(2) ERRORS ("EINVAL (pipe2()) Invalid value in flags"), RETURN
 * VALUE ("On error, -1 is returned, errno is set to indicate the error, and
 * pipefd is left unchanged").
 */
#include <fcntl.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "pipe2 with an invalid flag fails with EINVAL and leaves pipefd unchanged",
          .ref = "pipe(2) ERRORS EINVAL, RETURN VALUE", .tags = "pipe2,einval");

static void expect_einval(int flag)
{
	int p[2] = {-7, -7};
	IPCS_EXPECT_ERRNO(pipe2(p, flag), EINVAL);
	IPCS_EXPECT_EQ(p[0], -7);
	IPCS_EXPECT_EQ(p[1], -7);
}

IPCS_TEST(open_flags_that_mean_nothing_here)
{
	expect_einval(O_APPEND);
	expect_einval(O_TRUNC);
	expect_einval(O_RDWR);
	expect_einval(O_CLOEXEC | O_NOCTTY); /* a valid flag does not excuse one */
}

IPCS_MAIN(open_flags_that_mean_nothing_here)
