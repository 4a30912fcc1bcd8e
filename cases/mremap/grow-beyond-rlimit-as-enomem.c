/*
 * mremap() growing a mapping past the process's RLIMIT_AS fails with ENOMEM
 * and leaves the mapping and its contents as they were, while growth that
 * fits under the limit succeeds.
 *
 * Ref: getrlimit(2) RLIMIT_AS ("This limit affects calls to brk(2), mmap(2),
 * and mremap(2), which fail with the error ENOMEM upon exceeding this
 * limit"); mremap(2) ERRORS ENOMEM. The soft limit is set from VmSize in
 * /proc/self/status plus a margin, and restored afterwards.
 */
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mremap growth beyond RLIMIT_AS fails with ENOMEM and keeps the mapping; "
                      "growth under it succeeds",
          .ref = "getrlimit(2) RLIMIT_AS; mremap(2) ERRORS ENOMEM", .tags = "mremap,rlimit,errors");

enum { MARGIN = 256, SMALL = 2, LARGE = 4096 };

IPCS_TEST(growth_beyond_limit_enomem)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(SMALL * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char want[64];
	ipcs_fill_pattern(want, sizeof want, 11);
	memcpy(p + page, want, sizeof want);

	struct rlimit old = ipcs_limit_address_space(MARGIN * page);

	char *q = mremap(p, SMALL * page, 2 * SMALL * page, MREMAP_MAYMOVE); /* the control */
	if (q == MAP_FAILED) {
		IPCS_FAIL("growing %d pages to %d under RLIMIT_AS failed with %s", SMALL, 2 * SMALL,
		          ipcs_errno_name(errno));
		return;
	}
	IPCS_EXPECT_ERRNO(mremap(q, 2 * SMALL * page, LARGE * page, MREMAP_MAYMOVE), ENOMEM);
	IPCS_SAFE(setrlimit(RLIMIT_AS, &old));
	IPCS_EXPECT_TRUE(ipcs_range_has_mapping(q + 2 * SMALL * page - 1, 1));
	IPCS_EXPECT_MEMEQ(q + page, want, sizeof want);
}

IPCS_MAIN(growth_beyond_limit_enomem)
