/*
 * mremap() with MREMAP_FIXED or MREMAP_DONTUNMAP but without MREMAP_MAYMOVE
 * fails with EINVAL, and the mapping is not moved.
 *
 * Ref: mremap(2) MREMAP_FIXED ("If MREMAP_FIXED is specified, then
 * MREMAP_MAYMOVE must also be specified"), ERRORS EINVAL ("MREMAP_FIXED or
 * MREMAP_DONTUNMAP was specified without also specifying MREMAP_MAYMOVE").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mremap with MREMAP_FIXED or MREMAP_DONTUNMAP but not MREMAP_MAYMOVE fails "
                      "with EINVAL",
          .ref = "mremap(2) MREMAP_FIXED, ERRORS EINVAL", .tags = "mremap,errors");

#ifndef MREMAP_DONTUNMAP
#define MREMAP_DONTUNMAP 4
#endif

IPCS_TEST(fixed_alone)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char *target = ipcs_unmapped_range(page);
	IPCS_EXPECT_ERRNO(mremap(p, page, page, MREMAP_FIXED, target), EINVAL);
	IPCS_EXPECT_TRUE(ipcs_range_has_mapping(p, page));
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(target, page));
}

IPCS_TEST(dontunmap_alone)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	/* Kernels before 5.7 know no DONTUNMAP: EINVAL as an unknown flag. */
	IPCS_EXPECT_ERRNO(mremap(p, page, page, MREMAP_DONTUNMAP, NULL), EINVAL);
	IPCS_EXPECT_TRUE(ipcs_range_has_mapping(p, page));
}

IPCS_MAIN(fixed_alone, dontunmap_alone)
