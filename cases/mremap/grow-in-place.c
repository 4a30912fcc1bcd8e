/*
 * mremap() without MREMAP_MAYMOVE grows a mapping in place when the pages
 * after it are free: it returns the old address, the old contents stay, and
 * the added anonymous pages are usable and read as zero.
 *
 * Ref: mremap(2) DESCRIPTION ("mremap() expands (or shrinks) an existing
 * memory mapping"; MREMAP_MAYMOVE "By default, if there is not sufficient
 * space to expand a mapping at its current location, then mremap() fails");
 * RETURN VALUE ("a pointer to the new virtual memory area").
 *
 * The free pages are made by the test (mapped, then the tail unmapped) and
 * nothing is mapped between that and the mremap().
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mremap without MREMAP_MAYMOVE grows a mapping in place when the next "
                      "pages are free, keeping its contents",
          .ref = "mremap(2) DESCRIPTION, RETURN VALUE", .tags = "mremap");

IPCS_TEST(grows_at_same_address)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_SAFE(munmap(p + page, 3 * page)); /* leaves one page, free space after it */
	char want[64];
	ipcs_fill_pattern(want, sizeof want, 3);
	memcpy(p, want, sizeof want);

	char *q = mremap(p, page, 4 * page, 0);
	IPCS_ASSERT_TRUE(q != MAP_FAILED);
	IPCS_EXPECT_EQ((uintptr_t)q, (uintptr_t)p);
	IPCS_EXPECT_MEMEQ(q, want, sizeof want);

	struct ipcs_fault f;
	unsigned char got = 1;
	ipcs_probe_read(q + 4 * page - 1, &got, &f);
	IPCS_EXPECT_NO_FAULT(&f, "reading the last added page");
	IPCS_EXPECT_EQ(got, 0);
	ipcs_probe_write(q + 2 * page, 7, &f);
	IPCS_EXPECT_NO_FAULT(&f, "writing an added page");

	struct ipcs_maps_line m;
	IPCS_ASSERT_TRUE(ipcs_maps_find(q, &m));
	IPCS_EXPECT_GE(m.end, (uintptr_t)q + 4 * page);
}

IPCS_MAIN(grows_at_same_address)
