/*
 * posix_madvise() reports an error by returning the error number (not -1 with
 * errno): EINVAL for an invalid advice, ENOMEM for a range outside the
 * mapped address space.
 *
 * Ref: POSIX.1-2017 posix_madvise RETURN VALUE ("Upon successful completion,
 * posix_madvise() shall return zero; otherwise, an error number shall be
 * returned to indicate the error"), ERRORS ("[EINVAL] The value of advice is
 * invalid"; "[ENOMEM] Addresses in the range starting at addr and continuing
 * for len bytes are partly or completely outside the range allowed for the
 * address space of the calling process"); posix_madvise(3) RETURN VALUE
 * ("On failure, it returns a positive error number").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "posix_madvise returns the error number: EINVAL for an invalid advice, "
                      "ENOMEM for an unmapped range",
          .ref = "POSIX.1-2017 posix_madvise; posix_madvise(3)", .tags = "posix_madvise,errors");

/* None of POSIX_MADV_NORMAL..POSIX_MADV_DONTNEED (0..4) nor a Linux value. */
#define INVALID_ADVICE 999

IPCS_TEST(invalid_advice_einval)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_EQ(posix_madvise(p, page, INVALID_ADVICE), EINVAL);
}

IPCS_TEST(unmapped_range_enomem)
{
	size_t page = ipcs_page_size();
	void *hole = ipcs_unmapped_range(2 * page);
	IPCS_EXPECT_EQ(posix_madvise(hole, 2 * page, POSIX_MADV_WILLNEED), ENOMEM);
	IPCS_EXPECT_EQ(posix_madvise(hole, 2 * page, POSIX_MADV_NORMAL), ENOMEM);
}

IPCS_MAIN(invalid_advice_einval, unmapped_range_enomem)
