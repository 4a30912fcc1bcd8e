/*
 * Without CAP_IPC_LOCK, after mlockall(MCL_FUTURE) an mmap() that would lock
 * more than the RLIMIT_MEMLOCK soft limit fails with EAGAIN, while one that
 * fits succeeds (and is locked).
 *
 * Ref: mlock(2) mlockall() ("If MCL_FUTURE has been specified, then a later
 * system call (e.g., mmap(2), sbrk(2), malloc(3)), may fail if it would
 * cause the number of locked bytes to exceed the permitted maximum"); mmap(2)
 * ERRORS ("EAGAIN The file has been locked, or too much memory has been
 * locked (see setrlimit(2))"). Kernel: mm/mmap.c do_mmap() ->
 * mlock_future_ok().
 */
#include <sys/mman.h>
#include <sys/resource.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "without CAP_IPC_LOCK, after mlockall(MCL_FUTURE) an mmap beyond "
                      "RLIMIT_MEMLOCK fails with EAGAIN",
          .ref = "mlock(2) mlockall(); mmap(2) ERRORS EAGAIN; mm/mmap.c",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "mlock,mlockall,limits");

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
	IPCS_SAFE(mlockall(MCL_FUTURE));

	IPCS_EXPECT_ERRNO(
	    mmap(NULL, 4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
	    EAGAIN);
	char *ok = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	IPCS_ASSERT_TRUE(ok != MAP_FAILED);
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(ok, "lo"));
}

IPCS_TEST(mmap_beyond_limit)
{
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(child, NULL), 0);
}

IPCS_MAIN(mmap_beyond_limit)
