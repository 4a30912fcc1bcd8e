/*
 * Memory locks do not stack: a range locked twice with mlock() is unlocked by
 * one munlock() (VmLck back to where it was, no "lo" flag).
 *
 * Ref: mlock(2) NOTES ("Memory locks do not stack, that is, pages which have
 * been locked several times by calls to mlock(), mlock2(), or mlockall()
 * will be unlocked by a single call to munlock() for the corresponding range
 * or by munlockall()"); POSIX.1-2017 mlock ("Upon successful return from
 * munlock(), pages in the specified range shall be unlocked with respect to
 * the process's address space").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a range locked twice is unlocked by a single munlock",
          .ref = "mlock(2) NOTES; POSIX.1-2017 mlock", .tags = "mlock");

IPCS_TEST(one_munlock_undoes_two_mlocks)
{
	size_t len = 2 * ipcs_page_size();
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	long before = ipcs_status_kb("VmLck");
	ipcs_mlock_or_skip(p, len);
	IPCS_ASSERT_OK(mlock(p, len));
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), before + (long)(len / 1024)); /* counted once */

	IPCS_ASSERT_OK(munlock(p, len));
	IPCS_EXPECT_EQ(ipcs_status_kb("VmLck"), before);
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(p, "lo"));
}

IPCS_MAIN(one_munlock_undoes_two_mlocks)
