/*
 * madvise() with an address that is not page aligned fails with EINVAL.
 *
 * Ref: madvise(2) DESCRIPTION ("madvise() only operates on whole pages, therefore addr must be
 * page-aligned"),
 * ERRORS ("EINVAL addr is not page-aligned or length is negative").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "madvise with an address not aligned to a page fails with EINVAL",
          .ref = "madvise(2) DESCRIPTION, ERRORS EINVAL", .tags = "madvise,errors");

IPCS_TEST(unaligned_einval)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	p[page + 1] = 0x19;
	IPCS_EXPECT_ERRNO(madvise(p + 1, page, MADV_NORMAL), EINVAL);
	IPCS_EXPECT_ERRNO(madvise(p + page / 2, page, MADV_DONTNEED), EINVAL);
	IPCS_EXPECT_EQ(p[page + 1], 0x19); /* nothing was discarded */
}

IPCS_MAIN(unaligned_einval)
