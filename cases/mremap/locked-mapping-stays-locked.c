/*
 * A mapping locked with mlock() stays locked when mremap() grows and moves
 * it: the added pages are locked too, and VmLck grows by them.
 *
 * Ref: mremap(2) DESCRIPTION ("If the memory segment specified by old_address
 * and old_size is locked (using mlock(2) or similar), then this lock is
 * maintained when the segment is resized and/or relocated. As a consequence,
 * the amount of memory locked by the process may change"); proc(5) VmLck.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a locked mapping stays locked when mremap grows and moves it, and VmLck "
                      "grows by the added pages",
          .ref = "mremap(2) DESCRIPTION; proc(5) VmLck", .tags = "mremap,mlock");

IPCS_TEST(grown_mapping_locked)
{
	size_t page = ipcs_page_size();
	long page_kb = (long)(page / 1024);
	char *p = ipcs_map_anon(3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_SAFE(mprotect(p + 2 * page, page, PROT_NONE)); /* forces a move */
	long before = ipcs_status_kb("VmLck");
	ipcs_require_memlock(4 * page); /* the grown mapping stays within the limit */
	ipcs_mlock_or_skip(p, 2 * page);
	IPCS_ASSERT_EQ(ipcs_status_kb("VmLck"), before + 2 * page_kb);

	char *q = mremap(p, 2 * page, 4 * page, MREMAP_MAYMOVE);
	if (q == MAP_FAILED) {
		IPCS_FAIL("mremap of the locked mapping to 4 pages failed with %s",
		          ipcs_errno_name(errno));
		return;
	}
	IPCS_EXPECT_NE((uintptr_t)q, (uintptr_t)p);
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), before + 4 * page_kb);
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(q, "lo"));
	IPCS_EXPECT_EQ(ipcs_smaps_field_kb(q, "Locked"), 4 * page_kb);
}

IPCS_MAIN(grown_mapping_locked)
