/*
 * mlock() makes every page of the range resident and locked: VmLck in
 * /proc/self/status grows by the range, the smaps entry shows it Locked with
 * the "lo" flag, and mincore() reports all pages resident; munlock() takes
 * VmLck back down.
 *
 * Ref: mlock(2) DESCRIPTION ("All pages that contain a part of the specified
 * address range are guaranteed to be resident in RAM when the call returns
 * successfully"), NOTES ("The VmLck field of the Linux-specific
 * /proc/[pid]/status file shows how many kilobytes of memory the process
 * with ID PID has locked"); proc(5) smaps "Locked", VmFlags "lo - pages are
 * locked in memory".
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mlock makes the range resident and adds it to VmLck and smaps Locked; "
                      "munlock removes it",
          .ref = "mlock(2) DESCRIPTION, NOTES; proc(5) VmLck, smaps", .tags = "mlock");

enum { NPAGES = 4 };

IPCS_TEST(lock_and_unlock)
{
	size_t page = ipcs_page_size(), len = NPAGES * page;
	long len_kb = (long)(len / 1024);
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	long before = ipcs_status_kb("VmLck");
	IPCS_ASSERT_EQ(ipcs_resident_pages(p, len), 0); /* never touched */

	ipcs_require_memlock(len);
	IPCS_ASSERT_OK(mlock(p, len)); /* within the limit: a refusal is the failure */
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), before + len_kb);
	IPCS_EXPECT_EQ(ipcs_smaps_field_kb(p, "Locked"), len_kb);
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(p, "lo"));
	IPCS_EXPECT_EQ(ipcs_resident_pages(p, len), NPAGES);

	IPCS_ASSERT_OK(munlock(p, len));
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), before);
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(p, "lo"));
}

IPCS_MAIN(lock_and_unlock)
