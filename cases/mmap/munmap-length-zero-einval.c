/*
 * munmap() with a length of 0 fails with EINVAL, on a mapped address.
 *
 * Ref: POSIX.1-2017 munmap ERRORS, shall fail ("[EINVAL] The len argument is
 * 0"); mmap(2) ERRORS EINVAL ("We don't like addr, length, or offset").
 */
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "munmap with a length of 0 fails with EINVAL",
          .ref = "POSIX.1-2017 munmap ERRORS EINVAL; mmap(2) ERRORS", .tags = "munmap,errors");

IPCS_TEST(length_zero_einval)
{
	size_t page = ipcs_page_size();
	char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	IPCS_EXPECT_ERRNO(munmap(m, 0), EINVAL);
	IPCS_EXPECT_TRUE(ipcs_range_has_mapping(m, page));
}

IPCS_MAIN(length_zero_einval)
