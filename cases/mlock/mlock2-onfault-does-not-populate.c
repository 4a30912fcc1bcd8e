/*
 * mlock2() with MLOCK_ONFAULT locks a range without faulting in its
 * non-resident pages: an untouched range shows "lo" but no resident page, and
 * a page touched afterwards is resident. mlock2() with flags 0 populates like
 * mlock(), and an unknown flag fails with EINVAL. Called through syscall(2):
 * glibc before 2.27 has no wrapper.
 *
 * Ref: mlock(2) DESCRIPTION ("MLOCK_ONFAULT Lock pages that are currently
 * resident and mark the entire range so that the remaining nonresident pages
 * are locked when they are populated by a page fault"; "If flags is 0,
 * mlock2() behaves exactly the same as mlock()"), ERRORS ("EINVAL (mlock2())
 * Unknown flags were specified"). Probed: ENOSYS before Linux 4.4.
 */
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mlock2(MLOCK_ONFAULT) locks without populating; flags 0 populates; an "
                      "unknown flag fails with EINVAL",
          .ref = "mlock(2) DESCRIPTION mlock2(), ERRORS EINVAL", .tags = "mlock,mlock2");

#ifndef MLOCK_ONFAULT
#define MLOCK_ONFAULT 1
#endif
#define UNKNOWN_MLOCK 0x100

enum { NPAGES = 4 };

static long sys_mlock2(const void *addr, size_t len, unsigned flags)
{
#ifdef SYS_mlock2
	return syscall(SYS_mlock2, addr, len, flags);
#else
	(void)addr, (void)len, (void)flags;
	errno = ENOSYS;
	return -1;
#endif
}

static void lock_or_skip(char *p, size_t len, unsigned flags)
{
	ipcs_require_memlock(len);
	if (sys_mlock2(p, len, flags) == 0)
		return;
	if (errno == ENOSYS)
		IPCS_SKIP("no mlock2 system call (kernel before 4.4)");
	IPCS_FAIL("mlock2(flags %#x) within RLIMIT_MEMLOCK failed with %s", flags,
	          ipcs_errno_name(errno));
	ipcs_end_process();
}

IPCS_TEST(onfault_not_populated)
{
	size_t page = ipcs_page_size(), len = NPAGES * page;
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_small_pages_only(p, len); /* one touched page must stay one page */
	lock_or_skip(p, len, MLOCK_ONFAULT);
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(p, "lo"));
	IPCS_EXPECT_EQ(ipcs_resident_pages(p, len), 0);
	p[2 * page] = 1;
	IPCS_EXPECT_EQ(ipcs_resident_pages(p, len), 1);
}

IPCS_TEST(zero_flags_populates)
{
	size_t len = NPAGES * ipcs_page_size();
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	lock_or_skip(p, len, 0);
	IPCS_EXPECT_TRUE(ipcs_smaps_vmflag(p, "lo"));
	IPCS_EXPECT_EQ(ipcs_resident_pages(p, len), NPAGES);
}

IPCS_TEST(unknown_flag_einval)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char *probe = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	lock_or_skip(probe, page, 0);
	IPCS_EXPECT_ERRNO(sys_mlock2(p, page, UNKNOWN_MLOCK), EINVAL);
	IPCS_EXPECT_TRUE(!ipcs_smaps_vmflag(p, "lo"));
}

IPCS_MAIN(onfault_not_populated, zero_flags_populates, unknown_flag_einval)
