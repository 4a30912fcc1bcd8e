/*
 * After madvise(MADV_DONTNEED) on a private anonymous mapping, its pages read
 * as zero (zero-fill-on-demand) and can be written again; pages outside the
 * range keep their data.
 *
 * Ref: madvise(2) MADV_DONTNEED ("subsequent accesses of pages in the range
 * will succeed, but will result in either repopulating the memory contents
 * from the up-to-date contents of the underlying mapped file ... or
 * zero-fill-on-demand pages for anonymous private mappings").
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "after MADV_DONTNEED the pages of a private anonymous mapping read as zero",
          .ref = "madvise(2) MADV_DONTNEED", .tags = "madvise");

IPCS_TEST(pages_read_zero)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char *zero = ipcs_map_anon(2 * page, PROT_READ, MAP_PRIVATE);
	char *want = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(p, 3 * page, 6);
	memcpy(want, p + 2 * page, page);

	IPCS_ASSERT_OK(madvise(p, 2 * page, MADV_DONTNEED));
	IPCS_EXPECT_MEMEQ(p, zero, 2 * page);
	IPCS_EXPECT_MEMEQ(p + 2 * page, want, page); /* outside the range */
	p[10] = 0x42;
	IPCS_EXPECT_EQ(((volatile char *)p)[10], 0x42);
}

IPCS_MAIN(pages_read_zero)
