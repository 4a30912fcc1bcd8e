/*
 * mlockall(MCL_FUTURE | MCL_ONFAULT) marks new mappings locked without
 * populating them: a new mapping shows "lo" but no resident page, and a page
 * touched afterwards is resident. With MCL_CURRENT | MCL_ONFAULT an existing
 * untouched mapping is likewise locked but not populated.
 *
 * Ref: mlock(2) mlockall() ("MCL_ONFAULT (since Linux 4.4) ... When used with
 * MCL_CURRENT, all present pages are locked, but mlockall() will not fault
 * in non-present pages. When used with MCL_FUTURE, all future mappings will
 * be marked to lock pages when they are faulted in, but they will not be
 * populated by the lock when the mapping is created"); proc(5) VmFlags.
 * Probed: MCL_ONFAULT came in Linux 4.4 with mlock2(MLOCK_ONFAULT); a
 * kernel whose mlock2 is missing (ENOSYS) skips. mlockall has no otherwise
 * valid call that tells an unknown MCL_ONFAULT apart, so its EINVAL is a
 * failure, never a skip.
 */
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mlockall with MCL_ONFAULT locks mappings without populating them; "
                      "touched pages become resident",
          .ref = "mlock(2) mlockall() MCL_ONFAULT; proc(5)", .tags = "mlock,mlockall");

#ifndef MCL_ONFAULT
#define MCL_ONFAULT 4
#endif

enum { NPAGES = 4 };

#ifndef MLOCK_ONFAULT
#define MLOCK_ONFAULT 1
#endif

/* On-fault locking came as one feature (Linux 4.4): mlock2(MLOCK_ONFAULT)
 * and MCL_ONFAULT. A zero-length mlock2 locks nothing; ENOSYS means the
 * kernel has neither. */
static void require_onfault(void)
{
#ifdef SYS_mlock2
	if (syscall(SYS_mlock2, NULL, (size_t)0, MLOCK_ONFAULT) == -1 && errno == ENOSYS)
		IPCS_SKIP("no mlock2 system call: no on-fault locking (kernel before 4.4)");
#endif
}

static void lockall_or_skip(int flags)
{
	require_onfault();
	ipcs_require_mlockall(flags);
	if (mlockall(flags) == 0)
		return;
	IPCS_FAIL("mlockall(%#x) within RLIMIT_MEMLOCK failed with %s", (unsigned)flags,
	          ipcs_errno_name(errno));
	ipcs_end_process();
}

IPCS_TEST(future_onfault)
{
	size_t page = ipcs_page_size(), len = NPAGES * page;
	lockall_or_skip(MCL_FUTURE | MCL_ONFAULT);
	char *q = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_small_pages_only(q, len); /* one touched page must stay one page */
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(q, "lo"));
	IPCS_EXPECT_EQ(ipcs_resident_pages(q, len), 0);
	q[page] = 1;
	IPCS_EXPECT_EQ(ipcs_resident_pages(q, len), 1);
}

IPCS_TEST(current_onfault)
{
	size_t len = NPAGES * ipcs_page_size();
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	lockall_or_skip(MCL_CURRENT | MCL_ONFAULT);
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(p, "lo"));
	IPCS_EXPECT_EQ(ipcs_resident_pages(p, len), 0);
}

IPCS_MAIN(future_onfault, current_onfault)
