/*
 * mmap() with flags that contain none of MAP_SHARED, MAP_PRIVATE (and
 * MAP_SHARED_VALIDATE) fails with EINVAL, for a file and for an anonymous
 * mapping.
 *
 * Ref: POSIX.1-2017 mmap ERRORS, shall fail ("[EINVAL] The value of flags is
 * invalid (neither MAP_PRIVATE nor MAP_SHARED is set)"); mmap(2) ERRORS
 * ("EINVAL flags contained none of MAP_PRIVATE, MAP_SHARED, or
 * MAP_SHARED_VALIDATE").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mmap with neither MAP_SHARED nor MAP_PRIVATE in flags fails with EINVAL",
          .ref = "POSIX.1-2017 mmap ERRORS EINVAL; mmap(2) ERRORS EINVAL", .tags = "mmap,errors");

IPCS_TEST(file_without_type_einval)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	IPCS_EXPECT_ERRNO(mmap(NULL, map.len, PROT_READ, 0, map.fd, 0), EINVAL);
}

IPCS_TEST(anonymous_without_type_einval)
{
	IPCS_EXPECT_ERRNO(
	    mmap(NULL, ipcs_page_size(), PROT_READ | PROT_WRITE, MAP_ANONYMOUS, -1, 0), EINVAL);
}

IPCS_MAIN(file_without_type_einval, anonymous_without_type_einval)
