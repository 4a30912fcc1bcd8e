/*
 * mremap() with MREMAP_MAYMOVE | MREMAP_FIXED moves the mapping to exactly
 * new_address, with its contents, unmapping the old range; a mapping that was
 * at the target range before is replaced.
 *
 * Ref: mremap(2) MREMAP_FIXED ("accepts a fifth argument, void *new_address,
 * which specifies a page-aligned address to which the mapping must be moved.
 * Any previous mapping at the address range specified by new_address and
 * new_size is unmapped").
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mremap with MREMAP_FIXED moves the mapping to new_address with its "
                      "contents, replacing what was mapped there",
          .ref = "mremap(2) MREMAP_FIXED", .tags = "mremap");

enum { NPAGES = 2 };

static char *filled(size_t len, unsigned seed)
{
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(p, len, seed);
	return p;
}

IPCS_TEST(to_free_address)
{
	size_t len = NPAGES * ipcs_page_size();
	char *p = filled(len, 1), *want = filled(len, 1);
	char *target = ipcs_unmapped_range(len);

	char *q = mremap(p, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, target);
	IPCS_ASSERT_TRUE(q != MAP_FAILED);
	IPCS_EXPECT_EQ((uintptr_t)q, (uintptr_t)target);
	IPCS_EXPECT_MEMEQ(q, want, len);
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(p, len));
}

IPCS_TEST(replaces_mapping_at_target)
{
	size_t len = NPAGES * ipcs_page_size();
	char *p = filled(len, 2), *want = filled(len, 2);
	char *old = filled(len, 99); /* the mapping that will be replaced */
	IPCS_SAFE(mprotect(old, len, PROT_READ));

	char *q = mremap(p, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, old);
	IPCS_ASSERT_TRUE(q != MAP_FAILED);
	IPCS_EXPECT_EQ((uintptr_t)q, (uintptr_t)old);
	IPCS_EXPECT_MEMEQ(q, want, len);
	struct ipcs_maps_line m;
	IPCS_ASSERT_TRUE(ipcs_maps_find(q, &m));
	IPCS_EXPECT_STREQ(m.perms, "rw-p"); /* the moved mapping's, not the old r--p */
}

IPCS_MAIN(to_free_address, replaces_mapping_at_target)
