/*
 * madvise(MADV_FREE) on private anonymous pages succeeds; each page afterwards
 * holds either its old data (not yet freed) or zeros (freed), never anything
 * else, and a write after MADV_FREE is kept. On a shared mapping MADV_FREE
 * fails with EINVAL.
 *
 * Ref: madvise(2) MADV_FREE (since Linux 4.5: "the freeing could be delayed
 * until memory pressure occurs"; "subsequent writes to pages in the range
 * will succeed and then kernel cannot free those dirtied pages, so that the
 * caller can always see just written data"; "Once pages in the range have
 * been freed, the caller will see zero-fill-on-demand pages"; "can be applied
 * only to private anonymous pages"), ERRORS EINVAL ("advice is MADV_FREE or
 * MADV_WIPEONFORK but the specified address range includes file, Huge TLB,
 * MAP_SHARED, or VM_PFNMAP ranges"). Probed once on a page of its own:
 * EINVAL on a fresh private anonymous page means a kernel before 4.5; after
 * that probe, a refusal of the behavior's own call is a failure.
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "after MADV_FREE each page holds its old data or zeros and later writes "
                      "are kept; on a shared mapping it fails with EINVAL",
          .ref = "madvise(2) MADV_FREE, ERRORS EINVAL", .tags = "madvise");

#ifndef MADV_FREE
#define MADV_FREE 8
#endif

enum { NPAGES = 4 };

static void require_madv_free(void)
{
	ipcs_require_madvise(MADV_FREE, "MADV_FREE", "Linux 4.5");
}

IPCS_TEST(old_data_or_zero)
{
	size_t page = ipcs_page_size(), len = NPAGES * page;
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char *old = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char *zero = ipcs_map_anon(page, PROT_READ, MAP_PRIVATE);
	ipcs_fill_pattern(old, len, 30);
	memcpy(p, old, len);

	require_madv_free();
	IPCS_ASSERT_OK(madvise(p, len, MADV_FREE));
	for (size_t i = 0; i < NPAGES; i++) {
		char *pg = p + i * page;
		bool kept = memcmp(pg, old + i * page, page) == 0;
		bool zeroed = memcmp(pg, zero, page) == 0;
		if (!kept && !zeroed)
			IPCS_FAIL("page %zu holds neither its old data nor zeros", i);
	}
}

IPCS_TEST(write_after_free_kept)
{
	size_t page = ipcs_page_size(), len = NPAGES * page;
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	memset(p, 0x10, len);
	require_madv_free();
	IPCS_ASSERT_OK(madvise(p, len, MADV_FREE));
	for (size_t i = 0; i < NPAGES; i++)
		memset(p + i * page, 0x20 + (int)i, page);
	for (size_t i = 0; i < NPAGES; i++) {
		IPCS_EXPECT_EQ(p[i * page], 0x20 + (int)i);
		IPCS_EXPECT_EQ(p[i * page + page - 1], 0x20 + (int)i);
	}
}

IPCS_TEST(shared_anonymous_einval)
{
	size_t page = ipcs_page_size();
	require_madv_free();
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_SHARED);
	IPCS_EXPECT_ERRNO(madvise(p, page, MADV_FREE), EINVAL);
}

IPCS_MAIN(old_data_or_zero, write_after_free_kept, shared_anonymous_einval)
