/*
 * madvise(MADV_PAGEOUT) keeps the data: private anonymous pages (swapped out
 * or left in place) and dirty shared file pages (written back) read back
 * their contents afterwards. Over a locked range it fails with EINVAL.
 *
 * Ref: madvise(2) MADV_PAGEOUT (since Linux 5.4: "Reclaim a given range of
 * pages. ... If a page is anonymous, it will be swapped out. If a page is
 * file-backed and dirty, it will be written back to the backing storage. The
 * advice might be ignored for some pages in the range when it is not
 * applicable"), ERRORS ("EINVAL advice is
 * MADV_COLD or MADV_PAGEOUT and the specified address range includes locked,
 * Huge TLB pages, or VM_PFNMAP pages"). Probed once on a page of its own.
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "after MADV_PAGEOUT the pages read back their contents; over a locked "
                      "range it fails with EINVAL",
          .ref = "madvise(2) MADV_PAGEOUT, ERRORS EINVAL", .tags = "madvise");

#ifndef MADV_PAGEOUT
#define MADV_PAGEOUT 21
#endif

enum { NPAGES = 4 };

IPCS_TEST(private_anonymous_kept)
{
	ipcs_require_madvise(MADV_PAGEOUT, "MADV_PAGEOUT", "Linux 5.4");
	size_t len = NPAGES * ipcs_page_size();
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char *want = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(want, len, 42);
	memcpy(p, want, len);
	IPCS_EXPECT_OK(madvise(p, len, MADV_PAGEOUT));
	IPCS_EXPECT_MEMEQ(p, want, len);
}

IPCS_TEST(shared_file_kept)
{
	ipcs_require_madvise(MADV_PAGEOUT, "MADV_PAGEOUT", "Linux 5.4");
	struct ipcs_file_map m;
	ipcs_map_temp_file(&m, NPAGES, MAP_SHARED);
	char *want = ipcs_map_anon(m.len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(want, m.len, 43);
	memcpy(m.addr, want, m.len);
	IPCS_EXPECT_OK(madvise(m.addr, m.len, MADV_PAGEOUT));
	IPCS_EXPECT_MEMEQ(m.addr, want, m.len);
}

IPCS_TEST(locked_range_einval)
{
	ipcs_require_madvise(MADV_PAGEOUT, "MADV_PAGEOUT", "Linux 5.4");
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_mlock_or_skip(p, page);
	IPCS_EXPECT_ERRNO(madvise(p, 2 * page, MADV_PAGEOUT), EINVAL);
	IPCS_SAFE(munlock(p, page));
	IPCS_EXPECT_OK(madvise(p, 2 * page, MADV_PAGEOUT)); /* the control: unlocked */
}

IPCS_MAIN(private_anonymous_kept, shared_file_kept, locked_range_einval)
