/*
 * msync() with both MS_SYNC and MS_ASYNC in flags fails with EINVAL, on a
 * valid MAP_SHARED file mapping (so no other error applies).
 *
 * Ref: msync(2) ERRORS ("EINVAL ... or both MS_SYNC and MS_ASYNC are set in
 * flags"), DESCRIPTION ("should specify exactly one of MS_ASYNC and
 * MS_SYNC"); POSIX.1-2017 msync ("Either MS_ASYNC or MS_SYNC shall be
 * specified, but not both"; ERRORS "[EINVAL] The value of flags is invalid").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msync with both MS_SYNC and MS_ASYNC fails with EINVAL",
          .ref = "msync(2) ERRORS EINVAL; POSIX.1-2017 msync", .tags = "msync,mmap,errors");

IPCS_TEST(sync_and_async_einval)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	IPCS_EXPECT_ERRNO(msync(map.addr, map.len, MS_SYNC | MS_ASYNC), EINVAL);
}

IPCS_TEST(sync_async_and_invalidate_einval)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	IPCS_EXPECT_ERRNO(msync(map.addr, map.len, MS_SYNC | MS_ASYNC | MS_INVALIDATE), EINVAL);
}

IPCS_MAIN(sync_and_async_einval, sync_async_and_invalidate_einval)
