/*
 * After mlockall(MCL_FUTURE), a mapping made later is locked and populated
 * when it is created; after munlockall() new mappings are not locked; and a
 * child made by fork() does not inherit the MCL_FUTURE setting.
 *
 * Ref: mlock(2) mlockall() ("MCL_FUTURE Lock all pages which will become
 * mapped into the address space of the process in the future"; "All mapped
 * pages are guaranteed to be resident in RAM"), NOTES ("The mlockall()
 * MCL_FUTURE and MCL_FUTURE | MCL_ONFAULT settings are not inherited by a
 * child created via fork(2)"); proc(5) VmFlags "lo".
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "after mlockall(MCL_FUTURE) new mappings are locked and populated; not "
                      "after munlockall, nor in a forked child",
          .ref = "mlock(2) mlockall(), NOTES; proc(5)", .tags = "mlock,mlockall,fork");

enum { NPAGES = 4 };

static void future_or_skip(void)
{
	ipcs_require_mlockall(MCL_FUTURE);
	if (mlockall(MCL_FUTURE) == -1) {
		IPCS_FAIL("mlockall(MCL_FUTURE) with RLIMIT_MEMLOCK above 0 failed with %s",
		          ipcs_errno_name(errno));
		ipcs_end_process();
	}
}

static void child_new_mapping_unlocked(void *arg)
{
	(void)arg;
	size_t len = NPAGES * ipcs_page_size();
	char *q = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(q, "lo"));
	IPCS_EXPECT_EQ(ipcs_resident_pages(q, len), 0);
}

IPCS_TEST(new_mapping_locked)
{
	size_t len = NPAGES * ipcs_page_size();
	future_or_skip();
	char *q = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(q, "lo"));
	IPCS_EXPECT_EQ(ipcs_resident_pages(q, len), NPAGES);
}

IPCS_TEST(not_after_munlockall)
{
	size_t len = NPAGES * ipcs_page_size();
	future_or_skip();
	IPCS_ASSERT_OK(munlockall());
	char *q = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(q, "lo"));
	IPCS_EXPECT_EQ(ipcs_resident_pages(q, len), 0);
}

IPCS_TEST(not_inherited_by_fork)
{
	future_or_skip();
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(child_new_mapping_unlocked, NULL), 0);
}

IPCS_MAIN(new_mapping_locked, not_after_munlockall, not_inherited_by_fork)
