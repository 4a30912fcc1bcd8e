/*
 * madvise() with an advice value the kernel does not know fails with EINVAL.
 *
 * Ref: madvise(2) ERRORS ("EINVAL advice is not a valid"). Kernel:
 * mm/madvise.c madvise_behavior_valid() lists the known values.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX, .behavior = "madvise with an unknown advice fails with EINVAL",
          .ref = "madvise(2) ERRORS EINVAL; mm/madvise.c", .tags = "madvise,errors");

IPCS_TEST(unknown_values)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(madvise(p, page, 999), EINVAL);
	IPCS_EXPECT_ERRNO(madvise(p, page, -1), EINVAL);
}

IPCS_MAIN(unknown_values)
