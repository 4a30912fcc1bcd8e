/*
 * A child made by fork() does not inherit its parent's memory locks: the
 * range the parent locked is mapped in the child but not locked there, and
 * the child's VmLck is 0, while the parent's lock stays.
 *
 * Ref: POSIX.1-2017 fork ("Memory locks established by the parent process
 * through calls to mlockall() or mlock() shall not be inherited by the
 * child"); mlock(2) NOTES ("Memory locks are not inherited by a child
 * created via fork(2)"); proc(5) VmLck, smaps VmFlags "lo".
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "memory locks are not inherited by a child made by fork",
          .ref = "POSIX.1-2017 fork; mlock(2) NOTES; proc(5)", .tags = "mlock,fork");

enum { NPAGES = 2 };

static char *range;

static void child(void *arg)
{
	(void)arg;
	IPCS_EXPECT_EQ(range[1], 0x2e); /* the mapping itself is inherited */
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(range, "lo"));
	IPCS_EXPECT_EQ(ipcs_smaps_field_kb(range, "Locked"), 0);
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), 0);
}

IPCS_TEST(child_not_locked)
{
	size_t len = NPAGES * ipcs_page_size();
	range = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	range[1] = 0x2e;
	ipcs_mlock_or_skip(range, len);
	IPCS_ASSERT_TRUE(ipcs_smaps_vmflag(range, "lo"));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(child, NULL), 0);
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(range, "lo")); /* the parent keeps it */
}

IPCS_MAIN(child_not_locked)
