/*
 * Unmapping a locked range removes its lock: VmLck drops back, and a new
 * mapping made at the same address is not locked.
 *
 * Ref: mlock(2) NOTES ("The memory lock on an address range is automatically
 * removed if the address range is unmapped via munmap(2)"); POSIX.1-2017
 * munmap ("Any memory locks (see mlock() and mlockall()) associated with
 * this address range shall be removed, as if by an appropriate call to
 * munlock()").
 */
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "munmap of a locked range removes its lock",
          .ref = "mlock(2) NOTES; POSIX.1-2017 munmap", .tags = "mlock,munmap");

enum { NPAGES = 3 };

IPCS_TEST(lock_gone_after_munmap)
{
	size_t len = NPAGES * ipcs_page_size();
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	long before = ipcs_status_kb("VmLck");
	ipcs_mlock_or_skip(p, len);
	IPCS_ASSERT_EQ(ipcs_status_kb("VmLck"), before + (long)(len / 1024));

	IPCS_ASSERT_OK(munmap(p, len));
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), before);
	char *q = (char *)(intptr_t)IPCS_SAFE(
	    mmap(p, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0));
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(q, "lo"));
	IPCS_EXPECT_EQ(ipcs_resident_pages(q, len), 0);
}

IPCS_MAIN(lock_gone_after_munmap)
