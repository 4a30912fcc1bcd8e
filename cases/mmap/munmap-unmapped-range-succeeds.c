/*
 * munmap() of a range that contains no mapping returns 0, and so does
 * munmap() of a range that is partly mapped (removing only the mapped part).
 *
 * Ref: mmap(2) munmap() ("It is not an error if the indicated range does not
 * contain any mapped pages"); POSIX.1-2017 munmap ("If there are no mappings
 * in the specified address range, then munmap() has no effect").
 */
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "munmap of a range without mappings (or partly mapped) returns 0",
          .ref = "mmap(2) munmap(); POSIX.1-2017 munmap", .tags = "munmap");

IPCS_TEST(nothing_mapped_returns_zero)
{
	size_t page = ipcs_page_size();
	char *hole = ipcs_unmapped_range(4 * page);
	IPCS_EXPECT_OK(munmap(hole, 4 * page));
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(hole, 4 * page));
}

IPCS_TEST(partly_mapped_returns_zero)
{
	size_t page = ipcs_page_size();
	char *range = ipcs_unmapped_range(4 * page);
	IPCS_SAFE(
	    mmap(range + page, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0));
	IPCS_EXPECT_OK(munmap(range, 4 * page));
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(range, 4 * page));
}

IPCS_MAIN(nothing_mapped_returns_zero, partly_mapped_returns_zero)
