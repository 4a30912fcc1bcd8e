/*
 * mincore() with an address that is not a multiple of the page size fails
 * with EINVAL, inside a mapping.
 *
 * Ref: mincore(2) ERRORS ("EINVAL addr is not a multiple of the page size").
 */
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mincore with an address that is not page aligned fails with EINVAL",
          .ref = "mincore(2) ERRORS EINVAL", .tags = "mincore,errors");

IPCS_TEST(unaligned_address_einval)
{
	size_t page = ipcs_page_size();
	unsigned char vec[2];
	char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 2 * page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	IPCS_EXPECT_ERRNO(mincore(m + 1, page, vec), EINVAL);
	IPCS_EXPECT_ERRNO(mincore(m + page / 2, page, vec), EINVAL);
}

IPCS_MAIN(unaligned_address_einval)
