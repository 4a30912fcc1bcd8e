/*
 * mmap() with a length of 0 fails with EINVAL, for a file and for an
 * anonymous mapping.
 *
 * Ref: POSIX.1-2017 mmap ERRORS, shall fail ("[EINVAL] The value of len is
 * zero"); mmap(2) ERRORS ("EINVAL (since Linux 2.6.12) length was 0").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "mmap with a length of 0 fails with EINVAL",
          .ref = "POSIX.1-2017 mmap ERRORS EINVAL; mmap(2) ERRORS EINVAL", .tags = "mmap,errors");

IPCS_TEST(file_length_zero_einval)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	IPCS_EXPECT_ERRNO(mmap(NULL, 0, PROT_READ | PROT_WRITE, MAP_SHARED, map.fd, 0), EINVAL);
}

IPCS_TEST(anonymous_length_zero_einval)
{
	IPCS_EXPECT_ERRNO(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), EINVAL);
}

IPCS_MAIN(file_length_zero_einval, anonymous_length_zero_einval)
