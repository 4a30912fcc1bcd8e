/*
 * Once the pipes of an unprivileged user hold pipe-user-pages-soft pages,
 * each further pipe the user creates gets the minimum capacity instead of
 * the default: one page says pipe(7), two pages in current kernels
 * (PIPE_MIN_DEF_BUFFERS).
 *
 * Ref: pipe(7) /proc files pipe-user-pages-soft ("So long as the total
 * number of pages allocated to pipe buffers for this user is at this limit,
 * individual pipes created by a user will be limited to one page"; "The
 * default value for this file is 16384, which permits creating up to 1024
 * pipes with the default capacity"); kernel fs/pipe.c alloc_pipe_info()
 * (too_many_pipe_buffers_soft() gives the new pipe PIPE_MIN_DEF_BUFFERS
 * slots, 2 since commit 46c4c9d1beb7 "pipe: increase minimum default pipe
 * size to 2 pages").
 */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "past pipe-user-pages-soft, an unprivileged user's new pipes get the minimum "
                      "capacity (one page in pipe(7), two in current kernels)",
          .ref = "pipe(7) /proc files pipe-user-pages-soft; kernel fs/pipe.c alloc_pipe_info",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "pipe,capacity,limits");

static long soft, page, def;

static void fresh_user(void *arg)
{
	(void)arg;
	long full = soft / (def / page); /* full-size pipes that fit under the limit */
	long max = full + 8;
	int *wends = calloc((size_t)max, sizeof *wends);

	if (!wends)
		IPCS_BROKEN("out of memory");
	ipcs_pipe_become_fresh_user(max + 64);
	int n = ipcs_pipe_until_small(wends, (int)max);
	IPCS_NOTE("default capacity %ld bytes: %ld pipes fit under %ld pages", def, full, soft);
	IPCS_EXPECT_EQ(ipcs_pipe_size(wends[0]), def);
	IPCS_EXPECT_EQ(n, full + 1); /* the first pipe past the limit is small: */
	int small = ipcs_pipe_size(wends[n - 1]);
	IPCS_NOTE("pipe %d has %d bytes", n, small);
	IPCS_EXPECT_GE(small, page);     /* one page (pipe(7)) */
	IPCS_EXPECT_LE(small, 2 * page); /* or two (PIPE_MIN_DEF_BUFFERS) */
	int p[2];
	ipcs_pipe(p); /* and so is the next one */
	IPCS_EXPECT_EQ(ipcs_pipe_size(p[0]), small);
	free(wends);
}

IPCS_TEST(pipes_past_soft_limit_are_small)
{
	soft = ipcs_pipe_require_reachable_soft_limit();
	int p[2];
	ipcs_pipe(p);
	page = sysconf(_SC_PAGESIZE);
	def = ipcs_pipe_size(p[0]); /* the default capacity, min(16 pages, pipe-max-size) */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(fresh_user, NULL), 0);
}

IPCS_MAIN(pipes_past_soft_limit_are_small)
