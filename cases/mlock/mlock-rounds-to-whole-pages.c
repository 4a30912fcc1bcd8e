/*
 * mlock() of a few bytes that are not page aligned locks the whole pages
 * containing them: two bytes straddling a page boundary lock exactly two
 * pages, and munlock() of the same bytes unlocks them.
 *
 * Ref: mlock(2) DESCRIPTION ("Memory locking and unlocking are performed in
 * units of whole pages"; "All pages that contain a part of the specified
 * address range are guaranteed to be resident"), NOTES ("Under Linux,
 * mlock(), mlock2(), and munlock() automatically round addr down to the
 * nearest page boundary"). POSIX allows requiring an aligned addr, so this
 * is Linux behavior.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mlock of unaligned bytes locks the whole pages containing them",
          .ref = "mlock(2) DESCRIPTION, NOTES", .tags = "mlock");

IPCS_TEST(straddling_bytes_lock_two_pages)
{
	size_t page = ipcs_page_size();
	long page_kb = (long)(page / 1024);
	char *p = ipcs_map_anon(4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	long before = ipcs_status_kb("VmLck");
	ipcs_require_memlock(2 * page);
	IPCS_ASSERT_OK(mlock(p + 2 * page - 1, 2));
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), before + 2 * page_kb);
	IPCS_EXPECT_EQ(ipcs_resident_pages(p + page, 2 * page), 2);
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(p + page, "lo"));
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(p + 2 * page, "lo"));
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(p, "lo"));
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(p + 3 * page, "lo"));

	IPCS_ASSERT_OK(munlock(p + 2 * page - 1, 2));
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), before);
}

IPCS_MAIN(straddling_bytes_lock_two_pages)
