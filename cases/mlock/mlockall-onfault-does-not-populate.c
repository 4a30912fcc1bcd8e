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
 * Probed: kernels before 4.4 refuse MCL_ONFAULT with EINVAL.
 */
#include <sys/mman.h>
#include <sys/resource.h>

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

static void lockall_or_skip(int flags)
{
	if (mlockall(flags) == 0)
		return;
	if (errno == EINVAL)
		IPCS_SKIP("mlockall refuses MCL_ONFAULT with EINVAL (kernel before 4.4)");
	if ((errno == ENOMEM || errno == EPERM) && !ipcs_have_cap(IPCS_CAP_IPC_LOCK))
		IPCS_SKIP("mlockall refused with %s: RLIMIT_MEMLOCK too small for this process",
		          ipcs_errno_name(errno));
	IPCS_BROKEN_ERRNO("mlockall");
}

IPCS_TEST(future_onfault)
{
	size_t page = ipcs_page_size(), len = NPAGES * page;
	lockall_or_skip(MCL_FUTURE | MCL_ONFAULT);
	char *q = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(q, "lo"));
	IPCS_EXPECT_EQ(ipcs_resident_pages(q, len), 0);
	q[page] = 1;
	IPCS_EXPECT_EQ(ipcs_resident_pages(q, len), 1);
}

IPCS_TEST(current_onfault)
{
	size_t len = NPAGES * ipcs_page_size();
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_MEMLOCK, &rl));
	rl.rlim_cur = rl.rlim_max; /* the whole process counts */
	IPCS_SAFE(setrlimit(RLIMIT_MEMLOCK, &rl));
	lockall_or_skip(MCL_CURRENT | MCL_ONFAULT);
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(p, "lo"));
	IPCS_EXPECT_EQ(ipcs_resident_pages(p, len), 0);
}

IPCS_MAIN(future_onfault, current_onfault)
