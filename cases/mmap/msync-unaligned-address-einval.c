/*
 * msync() with an address that is not a multiple of the page size fails with
 * EINVAL, even when the whole range lies inside a MAP_SHARED file mapping.
 *
 * Ref: msync(2) ERRORS ("EINVAL addr is not a multiple of PAGESIZE");
 * POSIX.1-2017 msync ("The implementation may require that addr be a
 * multiple of the page size as returned by sysconf()"; ERRORS, may fail:
 * "[EINVAL] The value of addr is not a multiple of the page size"). POSIX
 * allows but does not demand the error; this tests what msync(2) documents
 * for Linux (mm/msync.c: offset_in_page(start) -> EINVAL).
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msync with an address that is not page aligned fails with EINVAL",
          .ref = "msync(2) ERRORS EINVAL; POSIX.1-2017 msync", .tags = "msync,mmap,errors");

enum { NPAGES = 2 };

IPCS_TEST(one_byte_past_page_start_einval)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, NPAGES, MAP_SHARED);
	IPCS_EXPECT_ERRNO(msync(map.addr + 1, map.len - 1, MS_SYNC), EINVAL);
}

IPCS_TEST(mid_page_with_async_einval)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, NPAGES, MAP_SHARED);
	size_t half = ipcs_page_size() / 2;
	IPCS_EXPECT_ERRNO(msync(map.addr + half, map.len - half, MS_ASYNC), EINVAL);
}

IPCS_MAIN(one_byte_past_page_start_einval, mid_page_with_async_einval)
