/*
 * mincore() on a private anonymous mapping reports the pages written to as
 * resident and the pages never touched as not resident.
 *
 * Ref: mincore(2) DESCRIPTION ("The least significant bit of each byte will
 * be set if the corresponding page is currently resident in memory, and be
 * clear if it is not"). An untouched anonymous page has no page at all
 * (mm/mincore.c: pte_none -> not resident); the mapping is small and not
 * THP-aligned, so no huge page fills it.
 */
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mincore reports written anonymous pages resident and untouched ones not",
          .ref = "mincore(2) DESCRIPTION; mm/mincore.c", .tags = "mincore");

enum { NPAGES = 6 };

IPCS_TEST(written_pages_resident)
{
	size_t page = ipcs_page_size();
	char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, NPAGES * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	ipcs_small_pages_only(m,
	                      NPAGES * page); /* a touch must fault in one page, not a huge one */
	m[page] = 1;
	m[4 * page + 9] = 1;
	unsigned char vec[NPAGES];
	IPCS_ASSERT_OK(mincore(m, NPAGES * page, vec));
	for (int i = 0; i < NPAGES; i++) {
		IPCS_NOTE("page %d: vec 0x%x", i, vec[i]);
		IPCS_EXPECT_EQ(vec[i] & 1, i == 1 || i == 4);
	}
}

IPCS_MAIN(written_pages_resident)
