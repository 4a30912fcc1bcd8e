/*
 * Growing a private anonymous mapping with mremap() keeps the old pages'
 * contents and adds pages that read as zero (kernel), both in place and when
 * MREMAP_MAYMOVE moves it.
 *
 * Ref: mremap(2) DESCRIPTION ("mremap() expands (or shrinks) an existing
 * memory mapping"); mmap(2) MAP_ANONYMOUS ("The mapping is not backed by any
 * file; its contents are initialized to zero"); mm/mremap.c
 * mremap_to()/vma_expand (the added range is more of the same anonymous
 * mapping). No page says the added pages are zero-filled, hence level
 * kernel.
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "pages added by mremap growth of a private anonymous mapping read as zero "
                      "and the old pages keep their data (kernel)",
          .ref = "mremap(2) DESCRIPTION; mmap(2) MAP_ANONYMOUS; mm/mremap.c", .tags = "mremap");

enum { OLD = 2, NEW = 5 };

static void check_grown(char *q, const char *want)
{
	size_t page = ipcs_page_size();
	IPCS_EXPECT_MEMEQ(q, want, OLD * page);
	char *zero = ipcs_map_anon((NEW - OLD) * page, PROT_READ, MAP_PRIVATE);
	IPCS_EXPECT_MEMEQ(q + OLD * page, zero, (NEW - OLD) * page);
}

IPCS_TEST(in_place)
{
	size_t page = ipcs_page_size();
	char *want = ipcs_map_anon(OLD * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(want, OLD * page, 61);
	/* Room after it: map the full size, then give back the tail. */
	char *p = ipcs_map_anon(NEW * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_SAFE(munmap(p + OLD * page, (NEW - OLD) * page));
	memcpy(p, want, OLD * page);
	char *q = mremap(p, OLD * page, NEW * page, 0);
	if (q == MAP_FAILED) {
		IPCS_FAIL("growing in place failed with %s", ipcs_errno_name(errno));
		return;
	}
	IPCS_EXPECT_EQ((uintptr_t)q, (uintptr_t)p);
	check_grown(q, want);
}

IPCS_TEST(moved)
{
	size_t page = ipcs_page_size();
	char *want = ipcs_map_anon(OLD * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(want, OLD * page, 62);
	char *p = ipcs_map_anon((OLD + 1) * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_SAFE(mprotect(p + OLD * page, page, PROT_NONE)); /* blocks growth in place */
	memcpy(p, want, OLD * page);
	char *q = mremap(p, OLD * page, NEW * page, MREMAP_MAYMOVE);
	if (q == MAP_FAILED) {
		IPCS_FAIL("growing with MREMAP_MAYMOVE failed with %s", ipcs_errno_name(errno));
		return;
	}
	IPCS_EXPECT_NE((uintptr_t)q, (uintptr_t)p);
	check_grown(q, want);
}

IPCS_MAIN(in_place, moved)
