/*
 * mremap() to a smaller size keeps the mapping at its address with the
 * contents of the pages kept, and the pages beyond the new size are no
 * longer mapped.
 *
 * Ref: mremap(2) DESCRIPTION ("mremap() expands (or shrinks) an existing
 * memory mapping"); RETURN VALUE. Kernel: mm/mremap.c shrinks in place by
 * unmapping the tail (do_vmi_munmap), whatever the flags.
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mremap to a smaller size keeps the head in place with its contents and "
                      "unmaps the tail",
          .ref = "mremap(2) DESCRIPTION, RETURN VALUE; mm/mremap.c", .tags = "mremap");

static void shrink(int flags)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(p, page, 8);
	char want[128];
	memcpy(want, p + page - sizeof want, sizeof want);

	char *q = mremap(p, 4 * page, page, flags);
	IPCS_ASSERT_TRUE(q != MAP_FAILED);
	IPCS_EXPECT_EQ((uintptr_t)q, (uintptr_t)p);
	IPCS_EXPECT_MEMEQ(q + page - sizeof want, want, sizeof want);
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(p + page, 3 * page));
	struct ipcs_fault f;
	ipcs_probe_read(p + 2 * page, NULL, &f);
	IPCS_EXPECT_FAULT(&f, SIGSEGV, SEGV_MAPERR, p + 2 * page);
}

IPCS_TEST(shrink_without_flags)
{
	shrink(0);
}

IPCS_TEST(shrink_with_maymove)
{
	shrink(MREMAP_MAYMOVE);
}

IPCS_MAIN(shrink_without_flags, shrink_with_maymove)
