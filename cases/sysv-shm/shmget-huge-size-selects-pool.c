/*
 * shmget() with SHM_HUGETLB and SHM_HUGE_2MB or SHM_HUGE_1GB, where the
 * kernel offers that size, draws on that size's pool: with a free page in
 * it the segment is made of pages of that size (its attach spans a whole
 * one); with no page obtainable it fails with ENOMEM.
 *
 * Ref: shmget(2) SHM_HUGE_2MB, SHM_HUGE_1GB ("Used in conjunction with
 * SHM_HUGETLB to select alternative hugetlb page sizes (respectively, 2 MB
 * and 1 GB)"), ERRORS ENOMEM ("No memory could be allocated");
 * Documentation/admin-guide/mm/hugetlbpage.rst (per-size pools in
 * /sys/kernel/mm/hugepages/hugepages-<size>kB); fs/hugetlbfs/inode.c
 * hugetlb_file_setup() turns a failed reservation into ENOMEM.
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SHM_HUGE_2MB/1GB use that pool: pages of that size, or ENOMEM if none",
          .ref = "shmget(2) SHM_HUGE_2MB, SHM_HUGE_1GB, ERRORS ENOMEM; hugetlbpage.rst",
          .min_kernel = "3.8", .tags = "hugetlb");

/* Without CAP_IPC_LOCK (or vm.hugetlb_shm_group) the answer is EPERM,
 * which shmget-hugetlb checks; here the pools are the subject. */
static size_t offered_or_skip(int log2)
{
	size_t size = (size_t)1 << log2;
	if (!ipcs_huge_size_offered(size))
		IPCS_SKIP("the kernel offers no %zu kB huge pages", size / 1024);
	if (!ipcs_have_cap(IPCS_CAP_IPC_LOCK))
		IPCS_SKIP("needs CAP_IPC_LOCK to use SHM_HUGETLB (else EPERM)");
	return size;
}

static void expect_enomem(int log2)
{
	size_t size = offered_or_skip(log2);
	if (ipcs_huge_page_obtainable(size))
		IPCS_SKIP("a %zu kB huge page is obtainable here (free or overcommit)",
		          size / 1024);
	int id;
	if (!IPCS_EXPECT_ERRNO(
	        id = shmget(IPC_PRIVATE, size,
	                    IPC_CREAT | SHM_HUGETLB | IPCS_SHM_HUGE_LOG2(log2) | 0600),
	        ENOMEM) &&
	    id >= 0)
		ipcs_track(IPCS_OBJ_SHM, id, NULL);
}

static void expect_pool_pages(int log2)
{
	size_t size = offered_or_skip(log2);
	if (ipcs_huge_pool_value(size, "free_hugepages") -
	        ipcs_huge_pool_value(size, "resv_hugepages") <
	    1)
		IPCS_SKIP("no free %zu kB huge page is reserved "
		          "(/sys/kernel/mm/hugepages/hugepages-%zukB/nr_hugepages)",
		          size / 1024, size / 1024);
	/* One byte: the segment still takes one whole huge page. */
	int id =
	    ipcs_shmget(IPC_PRIVATE, 1, IPC_CREAT | SHM_HUGETLB | IPCS_SHM_HUGE_LOG2(log2) | 0600);
	volatile char *p = ipcs_shmat(id, NULL, 0);
	struct ipcs_mapping m;
	IPCS_ASSERT_TRUE(ipcs_find_mapping((void *)p, &m));
	IPCS_EXPECT_EQ(m.end - m.start, size);
	IPCS_EXPECT_EQ((uintptr_t)p % size, 0);
	p[size - 1] = 'h';
	IPCS_EXPECT_EQ(p[size - 1], 'h');
	ipcs_shmdt((void *)p);
}

IPCS_TEST(huge_2mb_without_pages_enomem)
{
	expect_enomem(21);
}

IPCS_TEST(huge_1gb_without_pages_enomem)
{
	expect_enomem(30);
}

IPCS_TEST(huge_2mb_pages_back_segment)
{
	expect_pool_pages(21);
}

IPCS_TEST(huge_1gb_pages_back_segment)
{
	expect_pool_pages(30);
}

IPCS_MAIN(huge_2mb_without_pages_enomem, huge_1gb_without_pages_enomem, huge_2mb_pages_back_segment,
          huge_1gb_pages_back_segment)
