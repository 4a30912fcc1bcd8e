/*
 * pipe fails with EMFILE when the process has fewer than two descriptors
 * left under RLIMIT_NOFILE, and leaves the array unchanged; with two free it
 * succeeds.
 *
 * Ref: pipe(2) ERRORS ("EMFILE The per-process limit on the number of open
 * file descriptors has been reached"), RETURN VALUE ("pipefd is left
 * unchanged"); POSIX.1-2017 pipe ([EMFILE] "All, or all but one, of the file
 * descriptors available to the process are currently open").
 */
#include <sys/resource.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "pipe fails with EMFILE when only one descriptor is left, pipefd "
                      "unchanged",
          .ref = "pipe(2) ERRORS EMFILE; POSIX.1-2017 pipe", .tags = "pipe,emfile,rlimit");

IPCS_TEST(one_free_descriptor_emfile)
{
	struct rlimit rl = {64, 64};
	int src[2], p[2] = {-7, -7};
	int last = -1, before_last = -1;

	ipcs_pipe(src); /* something to duplicate */
	/* lowering the limit needs no privilege */
	IPCS_SAFE(setrlimit(RLIMIT_NOFILE, &rl));
	/* take every free descriptor; the last two taken are ours to free */
	for (;;) {
		int fd = dup(src[0]);
		if (fd == -1 && errno == EMFILE)
			break;
		if (fd == -1)
			IPCS_BROKEN_ERRNO("dup");
		before_last = last;
		last = fd;
	}
	if (before_last == -1)
		IPCS_BROKEN("no descriptor was free below 64");
	IPCS_SAFE(close(last)); /* exactly one free */
	IPCS_EXPECT_ERRNO(pipe(p), EMFILE);
	IPCS_EXPECT_EQ(p[0], -7);
	IPCS_EXPECT_EQ(p[1], -7);
	/* control: with two free it works */
	IPCS_SAFE(close(before_last));
	IPCS_EXPECT_OK(pipe(p));
}

IPCS_MAIN(one_free_descriptor_emfile)
