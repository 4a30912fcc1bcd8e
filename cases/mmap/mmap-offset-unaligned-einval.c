/*
 * mmap() fails with EINVAL when the offset is not a multiple of the page
 * size, and when MAP_FIXED is given an address that is not.
 *
 * Ref: POSIX.1-2017 mmap ERRORS, shall fail ("[EINVAL] The addr argument (if
 * MAP_FIXED was specified) or off is not a multiple of the page size as
 * returned by sysconf()"); mmap(2) DESCRIPTION ("offset must be a multiple of
 * the page size"), ERRORS ("EINVAL We don't like addr, length, or offset
 * (e.g., they are too large, or not aligned on a page boundary)").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mmap with an offset, or a MAP_FIXED address, that is not page aligned "
                      "fails with EINVAL",
          .ref = "POSIX.1-2017 mmap ERRORS EINVAL; mmap(2) ERRORS EINVAL", .tags = "mmap,errors");

IPCS_TEST(offset_not_page_multiple_einval)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 2, MAP_SHARED);
	IPCS_EXPECT_ERRNO(mmap(NULL, ipcs_page_size(), PROT_READ, MAP_SHARED, map.fd, 1), EINVAL);
	IPCS_EXPECT_ERRNO(mmap(NULL, ipcs_page_size(), PROT_READ, MAP_PRIVATE, map.fd,
	                       (off_t)(ipcs_page_size() / 2)),
	                  EINVAL);
}

IPCS_TEST(fixed_address_not_page_multiple_einval)
{
	size_t page = ipcs_page_size();
	char *free_range = ipcs_unmapped_range(2 * page);
	IPCS_EXPECT_ERRNO(
	    mmap(free_range + 1, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0),
	    EINVAL);
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(free_range, 2 * page));
}

IPCS_MAIN(offset_not_page_multiple_einval, fixed_address_not_page_multiple_einval)
