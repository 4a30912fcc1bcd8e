/*
 * mmap() with MAP_FIXED_NOREPLACE over a range that overlaps an existing
 * mapping fails with EEXIST and leaves that mapping intact.
 *
 * Ref: mmap(2) MAP_FIXED_NOREPLACE (since Linux 4.17: "If the requested range
 * would collide with an existing mapping, then this call fails with the error
 * EEXIST"; older kernels "fall back to a non-MAP_FIXED type of behavior"),
 * ERRORS EEXIST. Probed: a kernel that ignores the flag returns another
 * address for a free range, and the case skips.
 */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MAP_FIXED_NOREPLACE fails with EEXIST over an existing mapping, which is "
                      "left intact",
          .ref = "mmap(2) MAP_FIXED_NOREPLACE, ERRORS EEXIST", .tags = "mmap,fixed,errors");

#ifdef MAP_FIXED_NOREPLACE
static const int noreplace = MAP_FIXED_NOREPLACE;
#else
static const int noreplace = 0;
#endif

/* Map at a free address: must land there, or the kernel ignores the flag. */
static void require_noreplace(void)
{
	size_t page = ipcs_page_size();
	if (!noreplace)
		IPCS_SKIP("MAP_FIXED_NOREPLACE is not defined by this C library's <sys/mman.h>");
	char *want = ipcs_unmapped_range(page);
	char *got = (char *)(intptr_t)IPCS_SAFE(
	    mmap(want, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | noreplace, -1, 0));
	if (got != want)
		IPCS_SKIP("the kernel treats MAP_FIXED_NOREPLACE as a hint (before Linux 4.17)");
	IPCS_SAFE(munmap(got, page));
}

IPCS_TEST(overlap_eexist_mapping_kept)
{
	require_noreplace();
	size_t page = ipcs_page_size();
	char *old = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	memset(old, 0x3c, 2 * page);

	IPCS_EXPECT_ERRNO(mmap(old + page, page, PROT_READ | PROT_WRITE,
	                       MAP_PRIVATE | MAP_ANONYMOUS | noreplace, -1, 0),
	                  EEXIST);
	IPCS_EXPECT_EQ(old[0], 0x3c);
	IPCS_EXPECT_EQ(old[page], 0x3c);
}

IPCS_TEST(partial_overlap_eexist)
{
	require_noreplace();
	size_t page = ipcs_page_size();
	char *range = ipcs_unmapped_range(3 * page);
	IPCS_SAFE(mmap(range + 2 * page, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
	               -1, 0));
	/* Two free pages, then the mapped one. */
	IPCS_EXPECT_ERRNO(
	    mmap(range, 3 * page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | noreplace, -1, 0),
	    EEXIST);
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(range, 2 * page));
}

IPCS_MAIN(overlap_eexist_mapping_kept, partial_overlap_eexist)
