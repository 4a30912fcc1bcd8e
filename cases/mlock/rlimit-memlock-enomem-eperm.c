/*
 * Without CAP_IPC_LOCK, mlock() beyond the RLIMIT_MEMLOCK soft limit fails
 * with ENOMEM while a lock within it succeeds, and with a soft limit of 0
 * mlock() fails with EPERM. The process lowers its own limit (no privilege
 * needed); as root the check runs in a child that dropped every capability.
 *
 * Ref: mlock(2) ERRORS ("ENOMEM (Linux 2.6.9 and later) the caller had a
 * nonzero RLIMIT_MEMLOCK soft resource limit, but tried to lock more memory
 * than the limit permitted"; "EPERM The caller is not privileged, but needs
 * privilege (CAP_IPC_LOCK) to perform the requested operation"), "Limits and
 * permissions" ("the RLIMIT_MEMLOCK soft resource limit instead defines a
 * limit on how much memory an unprivileged process may lock"); setrlimit(2)
 * RLIMIT_MEMLOCK. Kernel: mm/mlock.c can_do_mlock() (EPERM when the limit
 * is 0 and CAP_IPC_LOCK is absent).
 */
#include <sys/mman.h>
#include <sys/resource.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "without CAP_IPC_LOCK mlock beyond RLIMIT_MEMLOCK fails with ENOMEM, and "
                      "with a zero limit with EPERM",
          .ref = "mlock(2) ERRORS ENOMEM, EPERM; setrlimit(2) RLIMIT_MEMLOCK",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "mlock,limits");

/* Lowers only the soft limit (keeps the hard one). */
static void set_soft_limit(rlim_t bytes)
{
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_MEMLOCK, &rl));
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < bytes)
		IPCS_SKIP("RLIMIT_MEMLOCK %llu is under %llu bytes",
		          (unsigned long long)rl.rlim_cur, (unsigned long long)bytes);
	rl.rlim_cur = bytes;
	IPCS_SAFE(setrlimit(RLIMIT_MEMLOCK, &rl));
}

static void over_limit(void *arg)
{
	(void)arg;
	size_t page = ipcs_page_size();
	ipcs_become_user(0);
	IPCS_ASSERT_EQ(ipcs_status_kb("VmLck"), 0); /* locks are not inherited */
	set_soft_limit(2 * page);
	char *p = ipcs_map_anon(4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(mlock(p, 3 * page), ENOMEM);
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), 0);
	IPCS_EXPECT_OK(mlock(p, 2 * page));                   /* within the limit */
	IPCS_EXPECT_ERRNO(mlock(p + 2 * page, page), ENOMEM); /* the total counts */
}

static void zero_limit(void *arg)
{
	(void)arg;
	size_t page = ipcs_page_size();
	ipcs_become_user(0);
	set_soft_limit(0);
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(mlock(p, page), EPERM);
}

IPCS_TEST(beyond_limit_enomem)
{
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(over_limit, NULL), 0);
}

IPCS_TEST(zero_limit_eperm)
{
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(zero_limit, NULL), 0);
}

IPCS_MAIN(beyond_limit_enomem, zero_limit_eperm)
