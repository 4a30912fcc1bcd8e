/*
 * mremap() fails with EINVAL for an old_address that is not page aligned,
 * for a flag it does not know, for a new_size of zero, for an MREMAP_FIXED
 * target that is not page aligned, and for an MREMAP_FIXED target that
 * overlaps the old range; the mapping is left as it was.
 *
 * Ref: mremap(2) ERRORS EINVAL ("old_address was not page aligned"; "a value
 * other than MREMAP_MAYMOVE or MREMAP_FIXED or MREMAP_DONTUNMAP was specified
 * in flags"; "new_size was zero"; "new_size or new_address was invalid";
 * "the new address range specified by
 * new_address and new_size overlapped the old address range").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mremap fails with EINVAL for an unaligned old_address, an unknown flag, "
                      "a zero new_size, an unaligned or an overlapping MREMAP_FIXED target",
          .ref = "mremap(2) ERRORS EINVAL", .tags = "mremap,errors");

/* Above MREMAP_MAYMOVE (1), MREMAP_FIXED (2), MREMAP_DONTUNMAP (4). */
#define UNKNOWN_FLAG 0x40

static char *two_pages(void)
{
	return ipcs_map_anon(2 * ipcs_page_size(), PROT_READ | PROT_WRITE, MAP_PRIVATE);
}

static void expect_unchanged(char *p)
{
	struct ipcs_maps_line m;
	IPCS_ASSERT_TRUE(ipcs_maps_find(p, &m));
	IPCS_EXPECT_EQ(m.start, (uintptr_t)p);
	IPCS_EXPECT_EQ(m.end, (uintptr_t)p + 2 * ipcs_page_size());
}

IPCS_TEST(unaligned_old_address)
{
	size_t page = ipcs_page_size();
	char *p = two_pages();
	IPCS_EXPECT_ERRNO(mremap(p + 1, page, 2 * page, MREMAP_MAYMOVE), EINVAL);
	expect_unchanged(p);
}

IPCS_TEST(unknown_flag)
{
	size_t page = ipcs_page_size();
	char *p = two_pages();
	IPCS_EXPECT_ERRNO(mremap(p, 2 * page, 3 * page, MREMAP_MAYMOVE | UNKNOWN_FLAG), EINVAL);
	expect_unchanged(p);
}

IPCS_TEST(zero_new_size)
{
	size_t page = ipcs_page_size();
	char *p = two_pages();
	IPCS_EXPECT_ERRNO(mremap(p, 2 * page, 0, MREMAP_MAYMOVE), EINVAL);
	expect_unchanged(p);
}

IPCS_TEST(fixed_target_overlaps_old_range)
{
	size_t page = ipcs_page_size();
	char *p = two_pages();
	IPCS_EXPECT_ERRNO(mremap(p, 2 * page, 2 * page, MREMAP_MAYMOVE | MREMAP_FIXED, p + page),
	                  EINVAL);
	expect_unchanged(p);
}

IPCS_TEST(fixed_target_unaligned)
{
	size_t page = ipcs_page_size();
	char *p = two_pages();
	char *hole = ipcs_unmapped_range(3 * page);
	IPCS_EXPECT_ERRNO(mremap(p, 2 * page, 2 * page, MREMAP_MAYMOVE | MREMAP_FIXED, hole + 1),
	                  EINVAL);
	expect_unchanged(p);
}

IPCS_MAIN(unaligned_old_address, unknown_flag, zero_new_size, fixed_target_unaligned,
          fixed_target_overlaps_old_range)
