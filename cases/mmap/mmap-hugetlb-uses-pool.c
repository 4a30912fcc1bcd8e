/*
 * An anonymous mmap() with MAP_HUGETLB is backed by huge pages of the
 * default size: /proc/self/smaps shows KernelPageSize equal to Hugepagesize
 * and the touched huge page in Private_Hugetlb.
 *
 * Ref: mmap(2) MAP_HUGETLB ("Allocate the mapping using "huge" pages"),
 * MAP_HUGE_2MB ("A value of zero in this bit field provides the default huge
 * page size; the default huge page size can be discovered via the
 * Hugepagesize field exposed by /proc/meminfo"); proc(5) /proc/pid/smaps
 * (KernelPageSize; Private_Hugetlb). Kernel doc:
 * Documentation/admin-guide/mm/hugetlbpage.rst.
 *
 * Uses the pool as it is (nr_hugepages is global: never changed here) and
 * skips, naming what is missing, when no huge page is free; the lab's QEMU
 * targets reserve pages with hugepages= on the kernel command line.
 */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MAP_HUGETLB backs an anonymous mapping with default-size huge pages "
                      "(smaps KernelPageSize, Private_Hugetlb)",
          .ref = "mmap(2) MAP_HUGETLB; proc(5) smaps; Documentation/admin-guide/mm/hugetlbpage.rst",
          .tags = "mmap,hugetlb");

IPCS_TEST(default_size_huge_page)
{
	long kb = ipcs_default_hugepage_kb();
	if (kb < 0)
		IPCS_SKIP("no Hugepagesize in /proc/meminfo (kernel without CONFIG_HUGETLBFS)");
	long avail = ipcs_hugepages_available(kb);
	if (avail < 1)
		IPCS_SKIP("no free %ld kB huge page in the pool (%ld available; nr_hugepages is "
		          "global and never changed here; boot with hugepages=N)",
		          kb, avail);
	size_t len = (size_t)kb * 1024;
	char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB,
	               -1, 0);
	if (m == MAP_FAILED && errno == ENOMEM)
		IPCS_SKIP("the pool's free huge page was taken meanwhile (mmap ENOMEM)");
	if (m == MAP_FAILED)
		IPCS_BROKEN_ERRNO("mmap(MAP_HUGETLB, %zu)", len);
	memset(m, 0x48, 4096);

	IPCS_EXPECT_EQ((uintptr_t)m % len, 0);
	IPCS_EXPECT_EQ(ipcs_smaps_kb(m, "KernelPageSize"), kb);
	IPCS_EXPECT_EQ(ipcs_smaps_kb(m, "Private_Hugetlb"), kb);
	IPCS_EXPECT_EQ(ipcs_smaps_has_flag(m, "ht"), 1);
}

IPCS_MAIN(default_size_huge_page)
