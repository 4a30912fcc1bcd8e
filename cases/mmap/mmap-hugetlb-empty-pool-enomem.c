/*
 * An anonymous MAP_HUGETLB mmap() fails with ENOMEM when the default huge
 * page pool has no page free to reserve and may not overcommit.
 *
 * Ref: mmap(2) ERRORS ("ENOMEM No memory is available"), MAP_HUGETLB;
 * Documentation/admin-guide/mm/hugetlbpage.rst (huge pages come from the
 * pool of nr_hugepages plus at most nr_overcommit_hugepages surplus pages).
 * Kernel: mm/hugetlb.c hugetlb_reserve_pages() reserves the pages at mmap
 * time and fails with ENOMEM (hugetlb_acct_memory). Without MAP_NORESERVE.
 *
 * Runs only where the pool is empty as found (free - reserved = 0 and
 * nr_overcommit_hugepages = 0); the pool is never changed here. A mapping
 * that succeeds is judged only after re-reading the pool: if pages appeared
 * meanwhile, the case skips.
 */
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MAP_HUGETLB fails with ENOMEM when the huge page pool is empty and may "
                      "not overcommit",
          .ref = "mmap(2) ERRORS ENOMEM, MAP_HUGETLB; hugetlbpage.rst; mm/hugetlb.c "
                 "hugetlb_reserve_pages",
          .tags = "mmap,hugetlb,errors");

static long overcommit(long kb)
{
	char path[128];
	snprintf(path, sizeof path,
	         "/sys/kernel/mm/hugepages/hugepages-%ldkB/nr_overcommit_hugepages", kb);
	return ipcs_read_proc_long(path);
}

IPCS_TEST(empty_pool_enomem)
{
	long kb = ipcs_default_hugepage_kb();
	if (kb < 0)
		IPCS_SKIP("no Hugepagesize in /proc/meminfo (kernel without CONFIG_HUGETLBFS)");
	long avail = ipcs_hugepages_available(kb);
	if (avail < 0)
		IPCS_SKIP("no pool for the %ld kB huge pages in /sys/kernel/mm/hugepages (sysfs not "
		          "mounted?)",
		          kb);
	if (avail != 0 || overcommit(kb) != 0)
		IPCS_SKIP(
		    "needs an empty %ld kB pool: %ld pages available, nr_overcommit_hugepages "
		    "%ld (the pool is never changed here)",
		    kb, avail, overcommit(kb));
	size_t len = (size_t)kb * 1024;
	void *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB,
	               -1, 0);
	int err = errno;
	if (m == MAP_FAILED && err == ENOMEM)
		return;
	if (m != MAP_FAILED && (ipcs_hugepages_available(kb) > 0 || overcommit(kb) != 0))
		IPCS_SKIP("the pool changed while the case ran");
	char got[64];
	if (m != MAP_FAILED)
		snprintf(got, sizeof got, "a mapping at %p", m);
	else
		snprintf(got, sizeof got, "-1 with errno %s", ipcs_errno_name(err));
	ipcs_fail_at(__FILE__, __LINE__, "-1 with errno ENOMEM", got, 0,
	             "mmap(MAP_HUGETLB, %zu) with an empty pool", len);
}

IPCS_MAIN(empty_pool_enomem)
