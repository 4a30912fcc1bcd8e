/*
 * msync() with MS_INVALIDATE (with MS_SYNC, with MS_ASYNC, and alone) on an
 * unlocked MAP_SHARED file mapping is accepted (returns 0) and discards no
 * data: afterwards the mapping and read() both show the bytes written through
 * the mapping and through write(). Acceptance only: nothing observable is
 * invalidated on Linux (see below); the locked case is
 * msync-invalidate-locked-ebusy.
 *
 * Ref: msync(2) DESCRIPTION ("The flags argument should specify exactly one
 * of MS_ASYNC and MS_SYNC, and may additionally include the MS_INVALIDATE
 * bit"; "MS_INVALIDATE Asks to invalidate other mappings of the same file (so
 * that they can be updated with the fresh values just written)"), ERRORS
 * (EBUSY only when a memory lock exists), NOTES ("Linux permits a call to
 * msync() that specifies neither of these flags"); POSIX.1-2017 msync
 * ("subsequent references shall obtain data that was consistent with the
 * permanent storage locations"). MS_INVALIDATE alone is Linux behavior
 * (POSIX requires MS_SYNC or MS_ASYNC). Linux keeps mappings and read()
 * coherent through one page cache, so the data checks hold without
 * MS_INVALIDATE too: they show nothing was discarded, not that anything was
 * refreshed.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior =
              "msync with MS_INVALIDATE (with MS_SYNC, MS_ASYNC, or alone on Linux) is accepted "
              "(returns 0) on an unlocked MAP_SHARED file mapping and discards no written data",
          .ref = "msync(2) DESCRIPTION, ERRORS, NOTES; POSIX.1-2017 msync", .tags = "msync,mmap");

enum { NPAGES = 2 };

/* Page 0 written through the mapping, page 1 through write(); then msync with
 * flags must return 0 and both the mapping and read() must show both pages. */
static void check_invalidate(int flags)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, NPAGES, MAP_SHARED);
	size_t page = ipcs_page_size();
	char *want = malloc(map.len), *got = malloc(map.len);
	if (!want || !got)
		IPCS_BROKEN("malloc(%zu) failed", map.len);
	ipcs_fill_pattern(want, map.len, (unsigned)flags);
	memcpy(map.addr, want, page);
	if (pwrite(map.fd, want + page, page, (off_t)page) != (ssize_t)page)
		IPCS_BROKEN_ERRNO("pwrite of page 1 through the descriptor");

	IPCS_EXPECT_OK(msync(map.addr, map.len, flags));

	IPCS_EXPECT_MEMEQ(map.addr, want, map.len);
	int fd = (int)IPCS_SAFE(open(map.path, O_RDONLY | O_CLOEXEC));
	IPCS_EXPECT_EQ(read(fd, got, map.len), (ssize_t)map.len);
	IPCS_EXPECT_MEMEQ(got, want, map.len);
	IPCS_SAFE(close(fd));
}

IPCS_TEST(sync_invalidate_accepted)
{
	check_invalidate(MS_SYNC | MS_INVALIDATE);
}

IPCS_TEST(async_invalidate_accepted)
{
	check_invalidate(MS_ASYNC | MS_INVALIDATE);
}

IPCS_TEST(invalidate_alone_accepted_on_linux)
{
	check_invalidate(MS_INVALIDATE);
}

IPCS_MAIN(sync_invalidate_accepted, async_invalidate_accepted, invalidate_alone_accepted_on_linux)
