/*
 * Without CAP_IPC_LOCK, growing a locked mapping with mremap() beyond the
 * RLIMIT_MEMLOCK soft limit fails with EAGAIN and leaves the mapping as it
 * was; growing it within the limit succeeds.
 *
 * Ref: mremap(2) ERRORS ("EAGAIN The caller tried to expand a memory segment
 * that is locked, but this was not possible without exceeding the
 * RLIMIT_MEMLOCK resource limit"). Kernel: mm/mremap.c remap_is_valid() ->
 * mlock_future_ok().
 */
#include <sys/mman.h>
#include <sys/resource.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "without CAP_IPC_LOCK, mremap growing a locked mapping beyond "
                      "RLIMIT_MEMLOCK fails with EAGAIN",
          .ref = "mremap(2) ERRORS EAGAIN; mm/mremap.c", .needs = IPCS_NEEDS_UNPRIV,
          .tags = "mremap,mlock,limits");

static void child(void *arg)
{
	(void)arg;
	size_t page = ipcs_page_size();
	ipcs_become_user(0);
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_MEMLOCK, &rl));
	if (rl.rlim_max != RLIM_INFINITY &&
	    rl.rlim_max < 2 * page) /* the soft limit is set below */
		IPCS_SKIP("the RLIMIT_MEMLOCK hard limit %llu is under 2 pages",
		          (unsigned long long)rl.rlim_max);
	rl.rlim_cur = 2 * page;
	IPCS_SAFE(setrlimit(RLIMIT_MEMLOCK, &rl));

	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_SAFE(mlock(p, page));
	IPCS_EXPECT_ERRNO(mremap(p, page, 4 * page, MREMAP_MAYMOVE), EAGAIN);
	struct ipcs_maps_line m;
	IPCS_ASSERT_TRUE(ipcs_maps_find(p, &m));
	IPCS_EXPECT_EQ(m.end - m.start, page);
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), (long)(page / 1024));

	char *q = mremap(p, page, 2 * page, MREMAP_MAYMOVE); /* fits */
	IPCS_EXPECT_TRUE(q != MAP_FAILED);
}

IPCS_TEST(locked_growth_beyond_limit)
{
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(child, NULL), 0);
}

IPCS_MAIN(locked_growth_beyond_limit)
