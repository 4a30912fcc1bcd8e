/*
 * mremap() without MREMAP_MAYMOVE fails with ENOMEM when the pages after the
 * mapping are mapped, and the mapping stays where it was with its contents.
 *
 * Ref: mremap(2) ERRORS ("ENOMEM ... The memory area cannot be expanded at
 * the current virtual address, and the MREMAP_MAYMOVE flag is not set in
 * flags").
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mremap without MREMAP_MAYMOVE fails with ENOMEM when the next page is "
                      "mapped, leaving the mapping as it was",
          .ref = "mremap(2) ERRORS ENOMEM", .tags = "mremap,errors");

IPCS_TEST(next_page_mapped)
{
	size_t page = ipcs_page_size();
	/* Two pages with different protections: two mappings, back to back. */
	char *p = ipcs_map_anon(2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_SAFE(mprotect(p + page, page, PROT_READ));
	memset(p, 0x5c, page);

	IPCS_EXPECT_ERRNO(mremap(p, page, 2 * page, 0), ENOMEM);
	struct ipcs_maps_line m;
	IPCS_ASSERT_TRUE(ipcs_maps_find(p, &m));
	IPCS_EXPECT_EQ(m.end, (uintptr_t)p + page);
	IPCS_EXPECT_EQ(p[page - 1], 0x5c);
	IPCS_ASSERT_TRUE(ipcs_maps_find(p + page, &m));
	IPCS_EXPECT_STREQ(m.perms, "r--p"); /* the neighbour is untouched */
}

IPCS_MAIN(next_page_mapped)
