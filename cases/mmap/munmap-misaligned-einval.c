/*
 * munmap() with an address that is not a multiple of the page size fails
 * with EINVAL and leaves the mapping in place.
 *
 * Ref: mmap(2) munmap() ("The address addr must be a multiple of the page
 * size"), ERRORS ("EINVAL We don't like addr, length, or offset (e.g., ...
 * not aligned on a page boundary)"); POSIX.1-2017 munmap allows but does not
 * require this error ("may fail: [EINVAL] The addr argument is not a multiple
 * of the page size").
 */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "munmap with an address that is not page aligned fails with EINVAL and "
                      "unmaps nothing",
          .ref = "mmap(2) munmap(), ERRORS EINVAL; POSIX.1-2017 munmap (may fail)",
          .tags = "munmap,errors");

IPCS_TEST(misaligned_address_einval)
{
	size_t page = ipcs_page_size();
	char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	memset(m, 0x0d, 2 * page);
	IPCS_EXPECT_ERRNO(munmap(m + 1, page), EINVAL);
	IPCS_EXPECT_ERRNO(munmap(m + page / 2, page), EINVAL);
	unsigned char v = 0;
	IPCS_EXPECT_READABLE(m, &v);
	IPCS_EXPECT_READABLE(m + page, &v);
	IPCS_EXPECT_EQ(v, 0x0d);
}

IPCS_MAIN(misaligned_address_einval)
