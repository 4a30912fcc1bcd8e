/*
 * mremap() with old_size 0 but without MREMAP_MAYMOVE on a shared mapping
 * fails with ENOMEM (kernel), not with the EINVAL that mremap(2) lists, and
 * creates no mapping.
 *
 * Ref: mremap(2) DESCRIPTION ("If a new mapping is requested via this method,
 * then the MREMAP_MAYMOVE flag must also be specified"), ERRORS EINVAL
 * ("old_size was zero and the MREMAP_MAYMOVE flag was not specified") -- the
 * kernel differs: mm/mremap.c expand_vma() cannot expand in place (the range
 * [addr, addr + 0) does not end at the end of the vma) and without
 * MREMAP_MAYMOVE returns -ENOMEM (also so in 6.1's mremap syscall body).
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "mremap with old_size 0 without MREMAP_MAYMOVE fails with ENOMEM (kernel; "
                      "mremap(2) says EINVAL)",
          .ref = "mremap(2) DESCRIPTION, ERRORS EINVAL; mm/mremap.c expand_vma()",
          .tags = "mremap,errors");

IPCS_TEST(shared_without_maymove)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(2 * page, PROT_READ | PROT_WRITE, MAP_SHARED);
	IPCS_EXPECT_ERRNO(mremap(p, 0, page, 0), ENOMEM);
	struct ipcs_maps_line m;
	IPCS_ASSERT_TRUE(ipcs_maps_find(p, &m));
	IPCS_EXPECT_EQ(m.end, (uintptr_t)p + 2 * page);
}

IPCS_MAIN(shared_without_maymove)
