/*
 * madvise(MADV_POPULATE_READ) prefaults every page of the range readable: an
 * untouched private anonymous range is resident afterwards (mincore). A range
 * without read permission is refused with EINVAL.
 *
 * Ref: madvise(2) MADV_POPULATE_READ (since Linux 5.14: "Populate (prefault)
 * page tables readable, faulting in all pages in the range just as if
 * manually reading from each page"; "If MADV_POPULATE_READ succeeds, all page
 * tables have been populated (prefaulted) readable once"; "cannot be applied
 * to mappings without read permissions"), ERRORS EINVAL; mincore(2).
 * Probed once on a page of its own.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MADV_POPULATE_READ makes every page of the range resident; EINVAL on a "
                      "range without read permission",
          .ref = "madvise(2) MADV_POPULATE_READ, ERRORS EINVAL; mincore(2)",
          .tags = "madvise,populate");

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif

enum { NPAGES = 8 };

IPCS_TEST(untouched_range_resident)
{
	ipcs_require_madvise(MADV_POPULATE_READ, "MADV_POPULATE_READ", "Linux 5.14");
	size_t len = NPAGES * ipcs_page_size();
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_small_pages_only(p, len);
	IPCS_ASSERT_EQ(ipcs_resident_pages(p, len), 0); /* never touched */
	IPCS_EXPECT_OK(madvise(p, len, MADV_POPULATE_READ));
	IPCS_EXPECT_EQ(ipcs_resident_pages(p, len), NPAGES);
}

IPCS_TEST(no_read_permission_einval)
{
	ipcs_require_madvise(MADV_POPULATE_READ, "MADV_POPULATE_READ", "Linux 5.14");
	size_t len = NPAGES * ipcs_page_size();
	char *p = ipcs_map_anon(len, PROT_NONE, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(madvise(p, len, MADV_POPULATE_READ), EINVAL);
}

IPCS_MAIN(untouched_range_resident, no_read_permission_einval)
