/*
 * mlock() and munlock() of a range that is not mapped fail with ENOMEM, and
 * lock nothing.
 *
 * Ref: mlock(2) ERRORS ("ENOMEM (mlock(), mlock2(), and munlock()) Some of
 * the specified address range does not correspond to mapped pages in the
 * address space of the process"); POSIX.1-2017 mlock ERRORS ("[ENOMEM] Some
 * or all of the address range specified by the addr and len arguments does
 * not correspond to valid mapped pages in the address space of the
 * process").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mlock and munlock of an unmapped range fail with ENOMEM",
          .ref = "mlock(2) ERRORS ENOMEM; POSIX.1-2017 mlock", .tags = "mlock,errors");

IPCS_TEST(wholly_unmapped)
{
	size_t page = ipcs_page_size();
	ipcs_require_memlock(2 * page); /* else the limit's ENOMEM or EPERM comes first */
	void *hole = ipcs_unmapped_range(2 * page);
	long before = ipcs_status_kb("VmLck");
	IPCS_EXPECT_ERRNO(mlock(hole, 2 * page), ENOMEM);
	IPCS_EXPECT_ERRNO(munlock(hole, 2 * page), ENOMEM);
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), before);
}

IPCS_TEST(hole_inside_range)
{
	size_t page = ipcs_page_size();
	ipcs_require_memlock(3 * page);
	char *p = ipcs_map_anon(3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_SAFE(munmap(p + page, page));
	IPCS_EXPECT_ERRNO(mlock(p, 3 * page), ENOMEM);
	IPCS_EXPECT_ERRNO(munlock(p, 3 * page), ENOMEM);
}

IPCS_MAIN(wholly_unmapped, hole_inside_range)
