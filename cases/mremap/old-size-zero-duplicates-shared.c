/*
 * mremap() with old_size 0 and MREMAP_MAYMOVE on a shared anonymous mapping
 * creates a second mapping of the same pages: a write through either is
 * read through the other, and the original stays mapped.
 *
 * Ref: mremap(2) DESCRIPTION ("If the value of old_size is zero, and
 * old_address refers to a shareable mapping (see mmap(2) MAP_SHARED), then
 * mremap() will create a new mapping of the same pages. ... If a new mapping
 * is requested via this method, then the MREMAP_MAYMOVE flag must also be
 * specified").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mremap with old_size 0 on a shared anonymous mapping creates a second "
                      "mapping of the same pages",
          .ref = "mremap(2) DESCRIPTION", .tags = "mremap,shared");

IPCS_TEST(second_mapping_aliases_first)
{
	size_t page = ipcs_page_size();
	volatile char *p = ipcs_map_anon(2 * page, PROT_READ | PROT_WRITE, MAP_SHARED);
	p[page + 5] = 0x11;

	volatile char *q = mremap((void *)p, 0, 2 * page, MREMAP_MAYMOVE);
	IPCS_ASSERT_TRUE(q != MAP_FAILED);
	IPCS_EXPECT_NE((uintptr_t)q, (uintptr_t)p);
	IPCS_EXPECT_EQ(q[page + 5], 0x11);
	q[7] = 0x22;
	IPCS_EXPECT_EQ(p[7], 0x22);
	p[page + 9] = 0x33;
	IPCS_EXPECT_EQ(q[page + 9], 0x33);
	IPCS_EXPECT_TRUE(ipcs_range_has_mapping((const void *)p, 2 * page));
}

IPCS_MAIN(second_mapping_aliases_first)
