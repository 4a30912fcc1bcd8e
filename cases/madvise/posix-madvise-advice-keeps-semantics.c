/*
 * posix_madvise() accepts each of the five POSIX advice values (returns 0)
 * and none of them changes what the memory holds: in particular
 * POSIX_MADV_DONTNEED on a private anonymous mapping keeps its data, unlike
 * Linux madvise(MADV_DONTNEED).
 *
 * Ref: POSIX.1-2017 posix_madvise ("The posix_madvise() function shall have
 * no effect on the semantics of access to memory in the specified range,
 * although it may affect the performance of access"); posix_madvise(3)
 * DESCRIPTION ("calling posix_madvise() shall not affect the semantics of
 * access to memory in the specified range"); madvise(2) MADV_DONTNEED for
 * the contrast.
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "posix_madvise accepts the five POSIX advice values and none changes the "
                      "data, POSIX_MADV_DONTNEED included",
          .ref = "POSIX.1-2017 posix_madvise; posix_madvise(3) DESCRIPTION",
          .tags = "posix_madvise");

IPCS_TEST(private_anonymous_data_kept)
{
	size_t len = 3 * ipcs_page_size();
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char *want = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(want, len, 50);
	memcpy(p, want, len);

	IPCS_EXPECT_EQ(posix_madvise(p, len, POSIX_MADV_NORMAL), 0);
	IPCS_EXPECT_EQ(posix_madvise(p, len, POSIX_MADV_SEQUENTIAL), 0);
	IPCS_EXPECT_EQ(posix_madvise(p, len, POSIX_MADV_RANDOM), 0);
	IPCS_EXPECT_EQ(posix_madvise(p, len, POSIX_MADV_WILLNEED), 0);
	IPCS_EXPECT_EQ(posix_madvise(p, len, POSIX_MADV_DONTNEED), 0);
	IPCS_EXPECT_MEMEQ(p, want, len);
}

IPCS_MAIN(private_anonymous_data_kept)
