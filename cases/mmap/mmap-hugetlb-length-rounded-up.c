/*
 * A MAP_HUGETLB mapping's length is rounded up to a multiple of the huge page
 * size (/proc/self/maps shows one whole huge page for half a huge page asked),
 * and munmap() of a part that is not a multiple of the huge page size fails
 * with EINVAL.
 *
 * Ref: mmap(2) NOTES, Huge page (Huge TLB) mappings ("For mmap(), offset
 * must be a multiple of the underlying huge page size. The system
 * automatically aligns length to be a multiple of the underlying huge page
 * size. For munmap(), addr, and length must both be a multiple of the
 * underlying huge page size."). The pool is used as it is (never changed);
 * without a free huge page the case skips.
 */
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MAP_HUGETLB rounds the length up to whole huge pages; munmap of a part "
                      "that is not a multiple fails with EINVAL",
          .ref = "mmap(2) NOTES (huge page mappings)", .tags = "mmap,hugetlb,errors");

static size_t huge;

static char *map_half_huge_page(void)
{
	long kb = ipcs_default_hugepage_kb();
	if (kb < 0)
		IPCS_SKIP("no Hugepagesize in /proc/meminfo (kernel without CONFIG_HUGETLBFS)");
	if (ipcs_hugepages_available(kb) < 1)
		IPCS_SKIP("no free %ld kB huge page in the pool (never changed here; boot with "
		          "hugepages=N)",
		          kb);
	huge = (size_t)kb * 1024;
	char *m = mmap(NULL, huge / 2, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB, -1, 0);
	if (m == MAP_FAILED && errno == ENOMEM)
		IPCS_SKIP("the pool's free huge page was taken meanwhile (mmap ENOMEM)");
	if (m == MAP_FAILED)
		IPCS_BROKEN_ERRNO("mmap(MAP_HUGETLB, %zu)", huge / 2);
	return m;
}

IPCS_TEST(length_rounded_to_huge_page)
{
	char *m = map_half_huge_page();
	struct ipcs_maps_line line;
	IPCS_ASSERT_TRUE(ipcs_maps_find(m, &line));
	IPCS_EXPECT_EQ(line.start, (uintptr_t)m);
	IPCS_EXPECT_EQ(line.end - line.start, huge);
	unsigned char v = 0x7e;
	IPCS_EXPECT_WRITABLE(m + huge - 1, &v); /* beyond the length asked */
}

IPCS_TEST(munmap_part_einval)
{
	char *m = map_half_huge_page();
	IPCS_EXPECT_ERRNO(munmap(m, ipcs_page_size()), EINVAL);
	IPCS_EXPECT_TRUE(ipcs_range_has_mapping(m, ipcs_page_size()));
}

IPCS_MAIN(length_rounded_to_huge_page, munmap_part_einval)
