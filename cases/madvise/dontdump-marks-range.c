/*
 * madvise(MADV_DONTDUMP) marks a range to be left out of core dumps, shown as
 * "dd" in its smaps VmFlags; MADV_DODUMP removes the mark again.
 *
 * Ref: madvise(2) MADV_DONTDUMP (since Linux 3.4: "Exclude from a core dump
 * those pages in the range specified by addr and length"), MADV_DODUMP
 * ("Undo the effect of an earlier MADV_DONTDUMP"); proc(5) /proc/pid/smaps
 * VmFlags ("dd - do not include area into core dump"). Probed once on a page
 * of its own.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MADV_DONTDUMP sets the dd VmFlag of the range and MADV_DODUMP clears it",
          .ref = "madvise(2) MADV_DONTDUMP, MADV_DODUMP; proc(5) smaps VmFlags",
          .tags = "madvise,proc");

#ifndef MADV_DONTDUMP
#define MADV_DONTDUMP 16
#endif
#ifndef MADV_DODUMP
#define MADV_DODUMP 17
#endif

IPCS_TEST(dontdump_then_dodump)
{
	ipcs_require_madvise(MADV_DONTDUMP, "MADV_DONTDUMP", "Linux 3.4");
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_ASSERT_TRUE(!ipcs_smaps_vmflag(p + page, "dd"));

	IPCS_EXPECT_OK(madvise(p + page, page, MADV_DONTDUMP));
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(p + page, "dd"));
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(p, "dd")); /* only the advised page */

	IPCS_EXPECT_OK(madvise(p + page, page, MADV_DODUMP));
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(p + page, "dd"));
}

IPCS_MAIN(dontdump_then_dodump)
