/*
 * mremap() with MREMAP_MAYMOVE | MREMAP_DONTUNMAP moves the pages of a private
 * anonymous mapping to a new address and leaves the old range mapped: the new
 * range holds the contents and the old range reads as zero-filled pages.
 *
 * Ref: mremap(2) MREMAP_DONTUNMAP (since Linux 5.7: "remaps a mapping to a
 * new address but does not unmap the mapping at old_address"; "After
 * completion, any access to the range specified by old_address and old_size
 * will result in a page fault. ... Otherwise, the kernel allocates a
 * zero-filled page to handle the fault"). Probed once, on a page of its
 * own with equal sizes (an otherwise valid call): kernels that lack the
 * flag fail with EINVAL, and only that EINVAL skips.
 *
 * new_address is passed as NULL: mm/mremap.c check_mremap_params() reads and
 * checks it for MREMAP_DONTUNMAP too, and glibc 2.36's mremap() forwards
 * whatever the fifth argument register holds when a caller passes only four
 * (seen here: EINVAL for an unaligned garbage new_address).
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mremap with MREMAP_DONTUNMAP moves the pages and leaves the old range "
                      "mapped, reading zero",
          .ref = "mremap(2) MREMAP_DONTUNMAP", .tags = "mremap");

#ifndef MREMAP_DONTUNMAP
#define MREMAP_DONTUNMAP 4
#endif

enum { NPAGES = 2 };

/* Skip when the kernel does not know MREMAP_DONTUNMAP: the call is valid in
 * every other respect, so EINVAL here can only mean the flag. */
static void require_dontunmap(void)
{
	size_t page = ipcs_page_size();
	char *probe = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	if (mremap(probe, page, page, MREMAP_MAYMOVE | MREMAP_DONTUNMAP, NULL) == MAP_FAILED) {
		if (errno == EINVAL)
			IPCS_SKIP(
			    "mremap rejects MREMAP_DONTUNMAP with EINVAL (kernel before 5.7)");
		IPCS_BROKEN_ERRNO("probing MREMAP_DONTUNMAP");
	}
}

IPCS_TEST(old_range_reads_zero)
{
	size_t len = NPAGES * ipcs_page_size();
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char *want = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(want, len, 4);
	memcpy(p, want, len);

	require_dontunmap();
	char *q = mremap(p, len, len, MREMAP_MAYMOVE | MREMAP_DONTUNMAP, NULL);
	if (q == MAP_FAILED) {
		IPCS_FAIL("mremap(MREMAP_MAYMOVE | MREMAP_DONTUNMAP) failed with %s",
		          ipcs_errno_name(errno));
		return;
	}
	IPCS_EXPECT_NE((uintptr_t)q, (uintptr_t)p);
	IPCS_EXPECT_MEMEQ(q, want, len);

	IPCS_EXPECT_TRUE(ipcs_range_has_mapping(p, len));
	char *zero = ipcs_map_anon(len, PROT_READ, MAP_PRIVATE);
	struct ipcs_fault f;
	ipcs_probe_read(p + len - 1, NULL, &f);
	IPCS_EXPECT_NO_FAULT(&f, "reading the old range");
	IPCS_EXPECT_MEMEQ(p, zero, len);
}

IPCS_TEST(size_change_einval)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	require_dontunmap();
	IPCS_EXPECT_ERRNO(mremap(p, page, 2 * page, MREMAP_MAYMOVE | MREMAP_DONTUNMAP, NULL),
	                  EINVAL);
}

IPCS_MAIN(old_range_reads_zero, size_change_einval)
