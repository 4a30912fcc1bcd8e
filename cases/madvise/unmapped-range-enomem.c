/*
 * madvise() over a range that is wholly unmapped, or that has an unmapped
 * page inside it, fails with ENOMEM.
 *
 * Ref: madvise(2) ERRORS ("ENOMEM Addresses in the specified range are not
 * currently mapped, or are outside the address space of the process");
 * posix_madvise(3) ERRORS ENOMEM. Kernel: mm/madvise.c applies the advice to
 * the mapped parts and returns ENOMEM for the hole.
 *
 * The hole is made by the test and nothing maps it again: the test maps
 * nothing after making it.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "madvise over a wholly or partly unmapped range fails with ENOMEM",
          .ref = "madvise(2) ERRORS ENOMEM", .tags = "madvise,errors");

IPCS_TEST(wholly_unmapped)
{
	size_t page = ipcs_page_size();
	void *hole = ipcs_unmapped_range(2 * page);
	IPCS_EXPECT_ERRNO(madvise(hole, 2 * page, MADV_NORMAL), ENOMEM);
	IPCS_EXPECT_ERRNO(madvise(hole, 2 * page, MADV_DONTNEED), ENOMEM);
}

IPCS_TEST(hole_inside_range)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_SAFE(munmap(p + page, page));
	IPCS_EXPECT_ERRNO(madvise(p, 3 * page, MADV_WILLNEED), ENOMEM);
	IPCS_EXPECT_ERRNO(madvise(p, 3 * page, MADV_DONTNEED), ENOMEM);
}

IPCS_MAIN(wholly_unmapped, hole_inside_range)
