/*
 * shmget() with SHM_HUGETLB and a huge page size (log2 in the bits at
 * SHM_HUGE_SHIFT) that the kernel does not offer fails with EINVAL, before
 * any permission or memory check: the base page size and sizes missing from
 * /sys/kernel/mm/hugepages are refused alike, for any caller.
 *
 * Ref: shmget(2) SHM_HUGE_2MB, SHM_HUGE_1GB ("to select alternative hugetlb
 * page sizes ... on systems that support multiple hugetlb page sizes";
 * "encoding the base-2 logarithm of the desired page size in the six bits
 * at the offset SHM_HUGE_SHIFT"); mmap(2) MAP_HUGE_2MB ("The range of huge
 * page sizes that are supported by the system can be discovered by listing
 * the subdirectories in /sys/kernel/mm/hugepages"). The EINVAL itself is
 * not in shmget(2) ERRORS: ipc/shm.c newseg() returns it when
 * hstate_sizelog() finds no such size; the kernel is tested.
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "SHM_HUGETLB with a huge page size the kernel does not offer: EINVAL",
          .ref = "shmget(2) SHM_HUGE_2MB; mmap(2) MAP_HUGE_2MB; ipc/shm.c newseg()",
          .min_kernel = "3.8", .tags = "hugetlb,errors");

/* shmget with that page size must fail with EINVAL; a segment made anyway
 * is registered so that it is removed. */
static void expect_einval(int log2)
{
	int id;
	IPCS_NOTE("huge page size 2^%d", log2);
	if (!IPCS_EXPECT_ERRNO(
	        id = shmget(IPC_PRIVATE, (size_t)1 << log2,
	                    IPC_CREAT | SHM_HUGETLB | IPCS_SHM_HUGE_LOG2(log2) | 0600),
	        EINVAL) &&
	    id >= 0)
		ipcs_track(IPCS_OBJ_SHM, id, NULL);
}

/* The base page is no huge page size on any architecture. */
IPCS_TEST(base_page_size)
{
	int log2 = 0;
	while (((size_t)1 << log2) < ipcs_page_size())
		log2++;
	expect_einval(log2);
}

/* The smallest power of two above the base page that has no pool. */
IPCS_TEST(size_without_pool)
{
	int log2 = 0;
	while (((size_t)1 << log2) <= ipcs_page_size())
		log2++;
	const int top = (int)(8 * sizeof(size_t)) - 2; /* (size_t)1 << top fits */
	while (log2 < top && ipcs_huge_size_offered((size_t)1 << log2))
		log2++;
	if (log2 == top)
		IPCS_SKIP("every huge page size up to 2^%d is offered here", top - 1);
	expect_einval(log2);
}

/* 63: 2^63 bytes, a page size no machine has. */
IPCS_TEST(absurd_size)
{
	int id;
	if (!IPCS_EXPECT_ERRNO(id = shmget(IPC_PRIVATE, ipcs_page_size(),
	                                   IPC_CREAT | SHM_HUGETLB | IPCS_SHM_HUGE_LOG2(63) | 0600),
	                       EINVAL) &&
	    id >= 0)
		ipcs_track(IPCS_OBJ_SHM, id, NULL);
}

IPCS_MAIN(base_page_size, size_without_pool, absurd_size)
