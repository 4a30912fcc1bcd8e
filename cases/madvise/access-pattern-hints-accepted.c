/*
 * madvise() accepts MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL and
 * MADV_WILLNEED on anonymous and file mappings (returns 0) and leaves the
 * data as it was: they are hints, not changes of semantics. Only acceptance
 * is checked; what the kernel does with a hint is not observable here.
 *
 * Ref: madvise(2) DESCRIPTION ("the kernel is free to ignore the advice";
 * "Conventional advice values": MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL,
 * MADV_WILLNEED); RETURN VALUE ("On success, madvise() returns zero").
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MADV_NORMAL, RANDOM, SEQUENTIAL and WILLNEED are accepted and leave the "
                      "data unchanged",
          .ref = "madvise(2) DESCRIPTION, RETURN VALUE", .tags = "madvise");

static void all_hints(char *p, size_t len)
{
	char *want = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(want, len, 40);
	memcpy(p, want, len);
	IPCS_EXPECT_OK(madvise(p, len, MADV_NORMAL));
	IPCS_EXPECT_OK(madvise(p, len, MADV_RANDOM));
	IPCS_EXPECT_OK(madvise(p, len, MADV_SEQUENTIAL));
	IPCS_EXPECT_OK(madvise(p, len, MADV_WILLNEED));
	IPCS_EXPECT_MEMEQ(p, want, len);
}

IPCS_TEST(private_anonymous)
{
	size_t len = 4 * ipcs_page_size();
	all_hints(ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE), len);
}

IPCS_TEST(shared_file)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 4, MAP_SHARED);
	all_hints(map.addr, map.len);
}

IPCS_MAIN(private_anonymous, shared_file)
