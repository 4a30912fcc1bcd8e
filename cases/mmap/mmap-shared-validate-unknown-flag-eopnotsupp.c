/*
 * mmap() with MAP_SHARED_VALIDATE and a flag bit the kernel does not know
 * fails with EOPNOTSUPP, while plain MAP_SHARED with the same bit ignores it
 * and succeeds.
 *
 * Ref: mmap(2) MAP_SHARED_VALIDATE (since Linux 4.15: "MAP_SHARED mappings
 * ignore unknown flags in flags. By contrast, when creating a mapping using
 * MAP_SHARED_VALIDATE, the kernel verifies all passed flags are known and
 * fails the mapping with the error EOPNOTSUPP for unknown flags"). The bit
 * is 0x800000, which no MAP_ flag uses up to Linux 6.18 (uapi
 * asm-generic/mman*.h, mm/mmap.c do_mmap). Probed: a kernel without
 * MAP_SHARED_VALIDATE rejects the mapping type with EINVAL, and the case
 * skips.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MAP_SHARED_VALIDATE with an unknown flag fails with EOPNOTSUPP; "
                      "MAP_SHARED ignores the flag",
          .ref = "mmap(2) MAP_SHARED_VALIDATE", .tags = "mmap,errors");

#ifndef MAP_SHARED_VALIDATE
#define MAP_SHARED_VALIDATE 0x03 /* uapi linux/mman.h, the same on every architecture */
#endif

enum { UNKNOWN_FLAG = 0x800000 };

static struct ipcs_file_map map;

static void require_validate(void)
{
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	void *p = mmap(NULL, map.len, PROT_READ, MAP_SHARED_VALIDATE, map.fd, 0);
	if (p == MAP_FAILED && errno == EINVAL)
		IPCS_SKIP("the kernel rejects MAP_SHARED_VALIDATE with EINVAL (before Linux 4.15)");
	if (p == MAP_FAILED)
		IPCS_BROKEN_ERRNO("mmap(MAP_SHARED_VALIDATE) with known flags only");
}

IPCS_TEST(validate_unknown_flag_eopnotsupp)
{
	require_validate();
	IPCS_EXPECT_ERRNO(
	    mmap(NULL, map.len, PROT_READ, MAP_SHARED_VALIDATE | UNKNOWN_FLAG, map.fd, 0),
	    EOPNOTSUPP);
}

IPCS_TEST(shared_ignores_unknown_flag)
{
	require_validate();
	IPCS_EXPECT_OK(mmap(NULL, map.len, PROT_READ, MAP_SHARED | UNKNOWN_FLAG, map.fd, 0));
}

IPCS_MAIN(validate_unknown_flag_eopnotsupp, shared_ignores_unknown_flag)
