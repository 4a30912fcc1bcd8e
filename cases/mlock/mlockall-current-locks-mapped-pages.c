/*
 * mlockall(MCL_CURRENT) locks every page mapped at the time of the call: a
 * mapping never touched becomes resident and shows the "lo" flag, and
 * munlockall() unlocks everything (VmLck 0). Without CAP_IPC_LOCK the soft
 * RLIMIT_MEMLOCK is first raised to the hard limit (allowed unprivileged);
 * if the whole process still does not fit, the test skips.
 *
 * Ref: mlock(2) mlockall() ("MCL_CURRENT Lock all pages which are currently
 * mapped into the address space of the process"; "All mapped pages are
 * guaranteed to be resident in RAM when the call returns successfully"),
 * munlockall() ("unlocks all pages mapped into the address space of the
 * calling process"); POSIX.1-2017 mlockall; proc(5) VmLck, VmFlags "lo".
 */
#include <sys/mman.h>
#include <sys/resource.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mlockall(MCL_CURRENT) locks and populates every current mapping; "
                      "munlockall unlocks them",
          .ref = "mlock(2) mlockall(); POSIX.1-2017 mlockall; proc(5)", .tags = "mlock,mlockall");

enum { NPAGES = 4 };

IPCS_TEST(current_mapping_locked)
{
	size_t len = NPAGES * ipcs_page_size();
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_ASSERT_EQ(ipcs_resident_pages(p, len), 0);

	ipcs_require_mlockall(MCL_CURRENT); /* the whole process counts */
	if (mlockall(MCL_CURRENT) == -1) {
		IPCS_FAIL("mlockall(MCL_CURRENT) within RLIMIT_MEMLOCK failed with %s",
		          ipcs_errno_name(errno));
		return;
	}
	IPCS_EXPECT_EQ(ipcs_resident_pages(p, len), NPAGES);
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(p, "lo"));
	IPCS_EXPECT_GE(ipcs_status_kb("VmLck"), (long)(len / 1024));

	IPCS_ASSERT_OK(munlockall());
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(p, "lo"));
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), 0);
}

IPCS_MAIN(current_mapping_locked)
