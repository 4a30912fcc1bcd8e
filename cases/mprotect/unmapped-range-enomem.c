/*
 * mprotect() over a range that is wholly unmapped, or that has an unmapped
 * page inside it, fails with ENOMEM.
 *
 * Ref: mprotect(2) ERRORS ("ENOMEM Addresses in the range [addr, addr+len-1]
 * are invalid for the address space of the process, or specify one or more
 * pages that are not mapped"); POSIX.1-2017 mprotect ERRORS ("[ENOMEM] The
 * addresses in the range starting at addr and continuing for len bytes are
 * outside the range allowed for the address space of a process or specify
 * one or more pages which are not mapped").
 *
 * The hole is made by the test and nothing maps it again: the test maps
 * nothing after making it.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mprotect over a wholly or partly unmapped range fails with ENOMEM",
          .ref = "mprotect(2) ERRORS ENOMEM; POSIX.1-2017 mprotect", .tags = "mprotect,errors");

IPCS_TEST(wholly_unmapped)
{
	size_t page = ipcs_page_size();
	void *hole = ipcs_unmapped_range(2 * page);
	IPCS_EXPECT_ERRNO(mprotect(hole, 2 * page, PROT_READ), ENOMEM);
}

IPCS_TEST(hole_inside_range)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_SAFE(munmap(p + page, page));
	IPCS_EXPECT_ERRNO(mprotect(p, 3 * page, PROT_READ), ENOMEM);
	IPCS_EXPECT_TRUE(!ipcs_range_has_mapping(p + page, page)); /* nothing filled the hole */
}

IPCS_MAIN(wholly_unmapped, hole_inside_range)
