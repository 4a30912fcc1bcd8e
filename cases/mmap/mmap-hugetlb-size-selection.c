/*
 * MAP_HUGETLB with MAP_HUGE_2MB or MAP_HUGE_1GB (log2 of the size at
 * MAP_HUGE_SHIFT) backs the mapping with huge pages of that size:
 * /proc/self/smaps shows that KernelPageSize.
 *
 * Ref: mmap(2) MAP_HUGE_2MB, MAP_HUGE_1GB ("Used in conjunction with
 * MAP_HUGETLB to select alternative hugetlb page sizes (respectively, 2 MB
 * and 1 GB) on systems that support multiple hugetlb page sizes"; "The range
 * of huge page sizes that are supported by the system can be discovered by
 * listing the subdirectories in /sys/kernel/mm/hugepages"); proc(5) smaps.
 *
 * Each size is tried only when its pool has a free page (never changed
 * here); otherwise that test skips naming the size.
 */
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MAP_HUGE_2MB / MAP_HUGE_1GB with MAP_HUGETLB select that huge page size "
                      "(smaps KernelPageSize)",
          .ref = "mmap(2) MAP_HUGE_2MB, MAP_HUGE_1GB; proc(5) smaps", .tags = "mmap,hugetlb");

#ifndef MAP_HUGE_SHIFT
#define MAP_HUGE_SHIFT 26 /* uapi asm-generic/hugetlb_encode.h */
#endif

static void map_size(int log2, long kb)
{
	long avail = ipcs_hugepages_available(kb);
	if (avail < 0)
		IPCS_SKIP("no %ld kB huge page size here (/sys/kernel/mm/hugepages)", kb);
	if (avail < 1)
		IPCS_SKIP("no free %ld kB huge page in its pool (never changed here; boot with "
		          "hugepagesz=/hugepages=)",
		          kb);
	size_t len = (size_t)kb * 1024;
	char *m = mmap(NULL, len, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | (log2 << MAP_HUGE_SHIFT), -1, 0);
	int err = errno;
	if (m == MAP_FAILED && err == ENOMEM)
		IPCS_SKIP("the %ld kB pool's free page was taken meanwhile (mmap ENOMEM)", kb);
	if (m == MAP_FAILED) {
		IPCS_FAIL("mmap(MAP_HUGETLB | %d << MAP_HUGE_SHIFT) failed with %s", log2,
		          ipcs_errno_name(err));
		return;
	}
	memset(m, 0x53, 4096);
	IPCS_EXPECT_EQ(ipcs_smaps_kb(m, "KernelPageSize"), kb);
	IPCS_EXPECT_EQ((uintptr_t)m % len, 0);
}

IPCS_TEST(huge_2mb_selected)
{
	map_size(21, 2048);
}

IPCS_TEST(huge_1gb_selected)
{
	map_size(30, 1048576);
}

IPCS_MAIN(huge_2mb_selected, huge_1gb_selected)
