/*
 * msync() over a range that is wholly or partly unmapped fails with ENOMEM,
 * with MS_SYNC and with MS_ASYNC.
 *
 * Ref: msync(2) ERRORS ("ENOMEM The indicated memory (or part of it) was not
 * mapped"); POSIX.1-2017 msync ERRORS ("[ENOMEM] The addresses in the range
 * starting at addr and continuing for len bytes are outside the range allowed
 * for the address space of a process or specify one or more pages that are
 * not mapped"). mm/msync.c: a hole is skipped and ENOMEM returned at the end
 * (MS_ASYNC alone returns ENOMEM at the first hole).
 *
 * The hole is the middle page of a three-page file mapping, unmapped by the
 * test; nothing maps it again because the test maps nothing after that.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msync over a range that is wholly or partly unmapped fails with ENOMEM",
          .ref = "msync(2) ERRORS ENOMEM; POSIX.1-2017 msync", .tags = "msync,mmap,errors");

static struct ipcs_file_map map;

/* Map three pages and unmap the middle one; returns the hole. */
static char *map_with_hole(void)
{
	size_t page = ipcs_page_size();
	ipcs_map_temp_file(&map, 3, MAP_SHARED);
	IPCS_SAFE(munmap(map.addr + page, page));
	return map.addr + page;
}

IPCS_TEST(unmapped_page_sync_enomem)
{
	char *hole = map_with_hole();
	IPCS_EXPECT_ERRNO(msync(hole, ipcs_page_size(), MS_SYNC), ENOMEM);
}

IPCS_TEST(unmapped_page_async_enomem)
{
	char *hole = map_with_hole();
	IPCS_EXPECT_ERRNO(msync(hole, ipcs_page_size(), MS_ASYNC), ENOMEM);
}

IPCS_TEST(range_across_hole_sync_enomem)
{
	map_with_hole();
	IPCS_EXPECT_ERRNO(msync(map.addr, map.len, MS_SYNC), ENOMEM);
}

IPCS_TEST(range_across_hole_async_enomem)
{
	map_with_hole();
	IPCS_EXPECT_ERRNO(msync(map.addr, map.len, MS_ASYNC), ENOMEM);
}

IPCS_MAIN(unmapped_page_sync_enomem, unmapped_page_async_enomem, range_across_hole_sync_enomem,
          range_across_hole_async_enomem)
