/*
 * mremap() of a range that is not mapped, or that is covered by two
 * different mappings, fails with EFAULT.
 *
 * Ref: mremap(2) ERRORS ("EFAULT Some address in the range old_address to
 * old_address+old_size is an invalid virtual memory address for this
 * process. You can also get EFAULT even if there exist mappings that cover
 * the whole address space requested, but those mappings are of different
 * types"). Kernel: mm/mremap.c, the old range must lie in one vma (since
 * 6.17 a pure move with MREMAP_FIXED may span several; not used here).
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mremap of an unmapped range, or of one spanning two different mappings, "
                      "fails with EFAULT",
          .ref = "mremap(2) ERRORS EFAULT; mm/mremap.c", .tags = "mremap,errors");

IPCS_TEST(unmapped_old_range)
{
	size_t page = ipcs_page_size();
	void *hole = ipcs_unmapped_range(2 * page);
	IPCS_EXPECT_ERRNO(mremap(hole, page, 2 * page, MREMAP_MAYMOVE), EFAULT);
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(hole, 2 * page));
}

IPCS_TEST(old_range_spans_two_mappings)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_SAFE(mprotect(p + page, page, PROT_READ)); /* now two mappings */
	IPCS_EXPECT_ERRNO(mremap(p, 2 * page, 4 * page, MREMAP_MAYMOVE), EFAULT);
	struct ipcs_maps_line m;
	IPCS_ASSERT_TRUE(ipcs_maps_find(p, &m));
	IPCS_EXPECT_EQ(m.start, (uintptr_t)p);
}

IPCS_MAIN(unmapped_old_range, old_range_spans_two_mappings)
