/*
 * After msync(MS_SYNC) on a MAP_SHARED file mapping returns 0, the bytes
 * written through the mapping are in the file: read() and pread() through new
 * descriptors return them, also after the file's clean pages were dropped
 * from the page cache (so the bytes came back from storage).
 *
 * Ref: msync(2) DESCRIPTION ("msync() flushes changes made to the in-core copy
 * of a file that was mapped into memory using mmap(2) back to the
 * filesystem"; "MS_SYNC Requests an update and waits for it to complete");
 * POSIX.1-2017 msync ("when MS_SYNC is specified, msync() shall not return
 * until all write operations are completed as defined for synchronized I/O
 * data integrity completion"). Kernel: mm/msync.c sys_msync() calls
 * vfs_fsync_range() on the range of a shared file mapping.
 *
 * What this can and cannot show: on Linux the page cache is shared by the
 * mapping and read(), so read() sees the bytes even before any msync; the
 * first test therefore only shows that MS_SYNC succeeds and leaves the data in
 * the file. The second test drops the file's pages with
 * posix_fadvise(POSIX_FADV_DONTNEED), which removes only clean pages, checks
 * with mincore() that they are gone, and reads again: the bytes then come from
 * storage. It cannot tell MS_SYNC's writeback from writeback started by
 * fadvise itself; a kernel whose MS_SYNC leaves the pages dirty most likely
 * shows up as a skip (pages not dropped), never as a pass of a lost write.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "after msync(MS_SYNC) returns 0 on a MAP_SHARED file mapping, read() of the "
                      "file returns the bytes written, also after its clean pages were dropped",
          .ref = "msync(2) DESCRIPTION; POSIX.1-2017 msync; mm/msync.c", .tags = "msync,mmap");

enum { NPAGES = 4 };

static char *alloc_or_broken(size_t len)
{
	char *buf = malloc(len);
	if (!buf)
		IPCS_BROKEN("malloc(%zu) failed", len);
	return buf;
}

/* Whether no page of [addr, addr + len) is resident, per mincore(). */
static bool none_resident(void *addr, size_t len, size_t *resident)
{
	size_t npages = len / ipcs_page_size();
	unsigned char vec[NPAGES];

	IPCS_SAFE(mincore(addr, len, vec));
	*resident = 0;
	for (size_t i = 0; i < npages; i++)
		*resident += vec[i] & 1;
	return *resident == 0;
}

IPCS_TEST(read_through_new_descriptor_sees_data)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, NPAGES, MAP_SHARED);
	char *want = alloc_or_broken(map.len), *got = alloc_or_broken(map.len);
	ipcs_fill_pattern(want, map.len, 11);
	memcpy(map.addr, want, map.len);

	IPCS_ASSERT_OK(msync(map.addr, map.len, MS_SYNC));

	int fd = (int)IPCS_SAFE(open(map.path, O_RDONLY | O_CLOEXEC));
	IPCS_EXPECT_EQ(read(fd, got, map.len), (ssize_t)map.len);
	IPCS_EXPECT_MEMEQ(got, want, map.len);
	IPCS_SAFE(close(fd));

	/* Re-open and read one page from the middle with pread(). */
	size_t page = ipcs_page_size();
	fd = (int)IPCS_SAFE(open(map.path, O_RDONLY | O_CLOEXEC));
	memset(got, 0, page);
	IPCS_EXPECT_EQ(pread(fd, got, page, (off_t)(2 * page)), (ssize_t)page);
	IPCS_EXPECT_MEMEQ(got, want + 2 * page, page);
	IPCS_SAFE(close(fd));
}

IPCS_TEST(data_survives_dropping_the_page_cache)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, NPAGES, MAP_SHARED);
	char *want = alloc_or_broken(map.len), *got = alloc_or_broken(map.len);
	ipcs_fill_pattern(want, map.len, 23);
	memcpy(map.addr, want, map.len);

	IPCS_ASSERT_OK(msync(map.addr, map.len, MS_SYNC));

	/* Mapped pages are never dropped: unmap, then watch the page cache
	 * through an untouched mapping (mincore() reports cached pages). */
	IPCS_SAFE(munmap(map.addr, map.len));
	void *probe =
	    (void *)(intptr_t)IPCS_SAFE(mmap(NULL, map.len, PROT_READ, MAP_SHARED, map.fd, 0));
	size_t resident;
	if (none_resident(probe, map.len, &resident))
		IPCS_SKIP("mincore() does not report this file's cached pages; cannot see a drop");

	int err = posix_fadvise(map.fd, 0, 0, POSIX_FADV_DONTNEED);
	if (err)
		IPCS_BROKEN("posix_fadvise(POSIX_FADV_DONTNEED) failed with %s",
		            ipcs_errno_name(err));
	if (!none_resident(probe, map.len, &resident))
		IPCS_SKIP("%zu of %d pages stayed in the page cache after POSIX_FADV_DONTNEED "
		          "(tmpfs, or pages not clean); cannot read from storage",
		          resident, NPAGES);
	IPCS_SAFE(munmap(probe, map.len));

	int fd = (int)IPCS_SAFE(open(map.path, O_RDONLY | O_CLOEXEC));
	IPCS_EXPECT_EQ(read(fd, got, map.len), (ssize_t)map.len);
	IPCS_EXPECT_MEMEQ(got, want, map.len);
	IPCS_SAFE(close(fd));
}

IPCS_MAIN(read_through_new_descriptor_sees_data, data_survives_dropping_the_page_cache)
