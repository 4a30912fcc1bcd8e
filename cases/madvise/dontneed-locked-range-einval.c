/*
 * madvise(MADV_DONTNEED) over a range locked with mlock() fails with EINVAL,
 * and the locked data stays.
 *
 * Ref: madvise(2) MADV_DONTNEED ("MADV_DONTNEED cannot be applied to locked
 * pages"), ERRORS ("EINVAL advice is MADV_DONTNEED or MADV_REMOVE and the
 * specified address range includes locked, Huge TLB pages, or VM_PFNMAP
 * pages").
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MADV_DONTNEED over a locked range fails with EINVAL",
          .ref = "madvise(2) MADV_DONTNEED, ERRORS EINVAL", .tags = "madvise,mlock,errors");

IPCS_TEST(locked_einval)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	memset(p, 0x4b, 2 * page);
	ipcs_mlock_or_skip(p, page);
	IPCS_EXPECT_ERRNO(madvise(p, 2 * page, MADV_DONTNEED), EINVAL);
	IPCS_EXPECT_EQ(p[1], 0x4b);

	/* The control: once unlocked, the same call succeeds. */
	IPCS_SAFE(munlock(p, page));
	IPCS_EXPECT_OK(madvise(p, 2 * page, MADV_DONTNEED));
}

IPCS_MAIN(locked_einval)
