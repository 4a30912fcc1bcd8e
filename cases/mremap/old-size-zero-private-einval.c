/*
 * mremap() with old_size 0 and MREMAP_MAYMOVE on a private mapping fails with
 * EINVAL: a private mapping has no shareable pages to duplicate.
 *
 * Ref: mremap(2) ERRORS EINVAL ("old_size was zero and old_address does not
 * refer to a shareable mapping (but see BUGS)"). BUGS: before Linux 4.14 a
 * new, unrelated private mapping was created; mm/mremap.c remap_is_valid()
 * refuses it since.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mremap with old_size 0 on a private mapping fails with EINVAL",
          .ref = "mremap(2) ERRORS EINVAL, BUGS; mm/mremap.c remap_is_valid()",
          .min_kernel = "4.14", .tags = "mremap,errors");

IPCS_TEST(private_anonymous)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(mremap(p, 0, page, MREMAP_MAYMOVE), EINVAL);
}

IPCS_TEST(private_file)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(mremap(map.addr, 0, map.len, MREMAP_MAYMOVE), EINVAL);
}

IPCS_MAIN(private_anonymous, private_file)
