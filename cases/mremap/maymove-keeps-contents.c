/*
 * mremap() with MREMAP_MAYMOVE grows a mapping that cannot grow in place by
 * moving it: the new address holds the old contents, and the old range is
 * no longer mapped (accessing it raises SIGSEGV SEGV_MAPERR).
 *
 * Ref: mremap(2) MREMAP_MAYMOVE ("the kernel is permitted to relocate the
 * mapping to a new virtual address, if necessary. If the mapping is
 * relocated, then absolute pointers into the old mapping location become
 * invalid"); sigaction(2) SEGV_MAPERR ("Address not mapped to object").
 */
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mremap with MREMAP_MAYMOVE moves a mapping that cannot grow in place: "
                      "contents kept at the new address, old range unmapped",
          .ref = "mremap(2) MREMAP_MAYMOVE; sigaction(2) SEGV_MAPERR", .tags = "mremap");

enum { NPAGES = 3 };

IPCS_TEST(moved_with_contents)
{
	size_t page = ipcs_page_size(), len = NPAGES * page;
	char *p = ipcs_map_anon(len + page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_SAFE(mprotect(p + len, page, PROT_NONE)); /* blocks growth in place */
	char *want = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(want, len, 17);
	memcpy(p, want, len);

	char *q = mremap(p, len, 2 * len, MREMAP_MAYMOVE);
	IPCS_ASSERT_TRUE(q != MAP_FAILED);
	IPCS_ASSERT_TRUE(q != p);
	IPCS_EXPECT_MEMEQ(q, want, len);

	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(p, len));
	struct ipcs_fault f;
	ipcs_probe_read(p + page, NULL, &f);
	IPCS_EXPECT_FAULT(&f, SIGSEGV, SEGV_MAPERR, p + page);
}

IPCS_TEST(shared_file_mapping_moved)
{
	size_t page = ipcs_page_size();
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 2, MAP_SHARED);
	/* The second page read-only: a mapping of its own blocks growth in place. */
	IPCS_SAFE(mprotect(map.addr + page, page, PROT_READ));
	memset(map.addr, 0x61, 8);

	char *q = mremap(map.addr, page, 2 * page, MREMAP_MAYMOVE);
	IPCS_ASSERT_TRUE(q != MAP_FAILED);
	IPCS_EXPECT_TRUE(q != map.addr);
	IPCS_EXPECT_EQ(q[7], 0x61);
	q[page + 1] = 0x62; /* reaches the file through the moved mapping */
	char c = 0;
	IPCS_SAFE(pread(map.fd, &c, 1, (off_t)page + 1));
	IPCS_EXPECT_EQ(c, 0x62);
}

IPCS_MAIN(moved_with_contents, shared_file_mapping_moved)
