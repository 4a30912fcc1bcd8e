/*
 * A byte stored through a MAP_SHARED file mapping is returned at once by
 * read(2) of the file through another descriptor, and a byte written with
 * write(2) is seen at once through the mapping, with no msync() (kernel).
 *
 * Ref: mmap(2) DESCRIPTION MAP_SHARED ("Updates to the mapping are visible to
 * other processes mapping the same region, and (in the case of file-backed
 * mappings) are carried through to the underlying file. (To precisely control
 * when updates are carried through to the underlying file requires the use of
 * msync(2).)"). No page says *when* read() sees them; Linux has one page
 * cache for both: mm/filemap.c filemap_fault() maps the same folio that
 * filemap_read() copies from, so the store is seen immediately (kernel).
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "stores through a MAP_SHARED file mapping are seen by read() at once, and "
                      "write() is seen through the mapping at once, without msync (kernel)",
          .ref = "mmap(2) MAP_SHARED; mm/filemap.c filemap_fault, filemap_read",
          .tags = "mmap,shared");

enum { NPAGES = 3 };

IPCS_TEST(store_seen_by_read)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, NPAGES, MAP_SHARED);
	char *want = malloc(map.len), *got = malloc(map.len);
	if (!want || !got)
		IPCS_BROKEN("malloc(%zu) failed", map.len);
	ipcs_fill_pattern(want, map.len, 3);
	memcpy(map.addr, want, map.len);

	int fd = (int)IPCS_SAFE(open(map.path, O_RDONLY | O_CLOEXEC));
	IPCS_EXPECT_EQ(read(fd, got, map.len), (ssize_t)map.len);
	IPCS_EXPECT_MEMEQ(got, want, map.len);
	IPCS_SAFE(close(fd));
}

IPCS_TEST(write_seen_through_mapping)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, NPAGES, MAP_SHARED);
	size_t page = ipcs_page_size();
	char *want = malloc(page);
	if (!want)
		IPCS_BROKEN("malloc(%zu) failed", page);
	ipcs_fill_pattern(want, page, 9);
	/* Touch the page first, so the mapping already holds it. */
	IPCS_EXPECT_EQ(map.addr[page], 0);

	int fd = (int)IPCS_SAFE(open(map.path, O_WRONLY | O_CLOEXEC));
	IPCS_SAFE(pwrite(fd, want, page, (off_t)page));
	IPCS_SAFE(close(fd));
	IPCS_EXPECT_MEMEQ(map.addr + page, want, page);
}

IPCS_MAIN(store_seen_by_read, write_seen_through_mapping)
