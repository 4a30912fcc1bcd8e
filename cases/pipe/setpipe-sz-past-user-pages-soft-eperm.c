/*
 * Once the pipes of an unprivileged user hold more than
 * pipe-user-pages-soft pages, F_SETPIPE_SZ asking for more capacity fails
 * with EPERM and leaves the capacity unchanged, while the same request below
 * the limit succeeds.
 *
 * Ref: fcntl(2) ERRORS ("EPERM cmd is F_SETPIPE_SZ and the soft or hard user
 * pipe limit has been reached; see pipe(7)"); pipe(7) /proc files
 * pipe-user-pages-soft ("So long as the total number of pages allocated to
 * pipe buffers for this user is at this limit, ... attempts to increase a
 * pipe's capacity will be denied").
 */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "past pipe-user-pages-soft, F_SETPIPE_SZ growing an unprivileged user's "
                      "pipe fails with EPERM",
          .ref = "fcntl(2) ERRORS EPERM; pipe(7) /proc files pipe-user-pages-soft",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "pipe,capacity,limits,permission");

static long soft, page, def;

static void fresh_user(void *arg)
{
	(void)arg;
	long max = soft / (def / page) + 8;
	int *wends = calloc((size_t)max, sizeof *wends);
	int p[2];

	if (!wends)
		IPCS_BROKEN("out of memory");
	ipcs_pipe_become_fresh_user(max + 64);
	/* negative control: below the limit the pipe may grow */
	ipcs_pipe(p);
	IPCS_EXPECT_EQ(fcntl(p[1], F_SETPIPE_SZ, (int)(2 * def)), 2 * def);

	int n = ipcs_pipe_until_small(wends, (int)max);
	if (ipcs_pipe_size(wends[n - 1]) >= def)
		IPCS_BROKEN("no pipe of %ld was created small: the soft limit was not reached",
		            max);
	IPCS_EXPECT_ERRNO(fcntl(wends[0], F_SETPIPE_SZ, (int)(2 * def)), EPERM);
	IPCS_EXPECT_EQ(ipcs_pipe_size(wends[0]), def);
	int small = ipcs_pipe_size(wends[n - 1]);
	IPCS_EXPECT_ERRNO(fcntl(wends[n - 1], F_SETPIPE_SZ, (int)def), EPERM);
	IPCS_EXPECT_EQ(ipcs_pipe_size(wends[n - 1]), small);
	free(wends);
}

IPCS_TEST(growing_past_soft_limit_eperm)
{
	int p[2];

	soft = ipcs_pipe_require_reachable_soft_limit();
	ipcs_pipe(p);
	page = sysconf(_SC_PAGESIZE);
	def = ipcs_pipe_size(p[0]);
	if (2 * def > ipcs_read_proc_long("/proc/sys/fs/pipe-max-size"))
		IPCS_SKIP("pipe-max-size is below twice the default capacity (%ld) here", def);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(fresh_user, NULL), 0);
}

IPCS_MAIN(growing_past_soft_limit_eperm)
