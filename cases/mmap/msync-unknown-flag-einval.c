/*
 * msync() with a flags bit other than MS_ASYNC, MS_INVALIDATE and MS_SYNC
 * fails with EINVAL, on a valid MAP_SHARED file mapping.
 *
 * Ref: msync(2) ERRORS ("EINVAL ... any bit other than MS_ASYNC |
 * MS_INVALIDATE | MS_SYNC is set in flags"); POSIX.1-2017 msync ERRORS
 * ("[EINVAL] The value of flags is invalid").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msync with a flags bit other than MS_ASYNC|MS_INVALIDATE|MS_SYNC fails "
                      "with EINVAL",
          .ref = "msync(2) ERRORS EINVAL; POSIX.1-2017 msync", .tags = "msync,mmap,errors");

static const int known_flags = MS_ASYNC | MS_INVALIDATE | MS_SYNC;

/* The lowest bit that is none of the documented flags (their values differ
 * between architectures). */
static int lowest_unknown_bit(void)
{
	for (int bit = 0; bit < 30; bit++)
		if (!(known_flags & (1 << bit)))
			return 1 << bit;
	IPCS_BROKEN("no unused flags bit below bit 30");
}

IPCS_TEST(lowest_unknown_bit_einval)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	int bit = lowest_unknown_bit();
	IPCS_NOTE("unknown bit 0x%x", (unsigned)bit);
	IPCS_EXPECT_ERRNO(msync(map.addr, map.len, MS_SYNC | bit), EINVAL);
}

IPCS_TEST(high_unknown_bit_einval)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	if (known_flags & (1 << 30))
		IPCS_BROKEN("bit 30 is a documented msync flag here");
	IPCS_EXPECT_ERRNO(msync(map.addr, map.len, MS_ASYNC | (1 << 30)), EINVAL);
}

IPCS_MAIN(lowest_unknown_bit_einval, high_unknown_bit_einval)
