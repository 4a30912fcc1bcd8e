/*
 * msync(MS_SYNC) on a MAP_SHARED mapping of a file on a disk-backed file
 * system writes the modified pages back before it returns: the mapping's
 * dirty kB in /proc/self/smaps drop to 0, and the bytes then come back from
 * storage after the file's (now clean) pages are dropped from the page cache.
 *
 * Ref: msync(2) DESCRIPTION ("msync() flushes changes made to the in-core copy
 * of a file that was mapped into memory using mmap(2) back to the
 * filesystem"; "MS_SYNC Requests an update and waits for it to complete");
 * POSIX.1-2017 msync ("When MS_SYNC is specified, msync() shall not return
 * until all write operations are completed as defined for synchronized I/O
 * data integrity completion"). The instrument: proc(5) /proc/pid/smaps
 * (Shared_Dirty, Private_Dirty: dirty pages of the mapping). Kernel:
 * mm/msync.c sys_msync() calls vfs_fsync_range(), whose writeback cleans the
 * page table entries (folio_mkclean), so smaps counts them clean.
 *
 * Why not read(): Linux's mapping and read() share the page cache, so read()
 * returns the bytes with or without any msync. Why not MS_ASYNC: it is a
 * no-op since Linux 2.6.19 (msync(2) NOTES) and leaves the pages dirty, which
 * is how this case was seen failing (MS_ASYNC, and no msync at all: 16 kB
 * stay dirty). tmpfs and ramfs never write pages back (they stay dirty), so
 * the file is put on a disk-backed file system or the case skips.
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
          .behavior = "msync(MS_SYNC) on a MAP_SHARED file mapping writes its dirty pages back "
                      "before returning (smaps dirty kB drop to 0; the bytes come back from "
                      "storage)",
          .ref = "msync(2) DESCRIPTION; POSIX.1-2017 msync; proc(5) smaps; mm/msync.c",
          .tags = "msync,mmap");

enum { NPAGES = 4 };

struct disk_map {
	char path[256];
	int fd;
	char *addr;
	size_t len;
};

/* NPAGES pages of a file on a disk-backed file system, mapped shared and
 * written through the mapping, so that smaps shows them dirty. */
static void map_dirty(struct disk_map *m, char *want)
{
	m->len = NPAGES * ipcs_page_size();
	ipcs_disk_temp_file(m->path, sizeof m->path);
	m->fd = (int)IPCS_SAFE(open(m->path, O_RDWR | O_CLOEXEC));
	IPCS_SAFE(ftruncate(m->fd, (off_t)m->len));
	/* Allocate the blocks now, so writeback has nothing to allocate. */
	IPCS_SAFE(fsync(m->fd));
	m->addr = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, m->len, PROT_READ | PROT_WRITE, MAP_SHARED, m->fd, 0));
	memcpy(m->addr, want, m->len);
	long dirty = ipcs_smaps_dirty_kb(m->addr);
	if (dirty < 0)
		IPCS_SKIP("/proc/self/smaps shows no Shared_Dirty/Private_Dirty for the mapping");
	if (dirty == 0)
		IPCS_SKIP("smaps shows 0 kB dirty right after writing %zu bytes through the "
		          "mapping: this system does not count dirty file pages there",
		          m->len);
	IPCS_NOTE("%ld kB dirty before msync", dirty);
}

/* When MS_SYNC left pages dirty, tell "no writeback here" (skip) from "MS_SYNC
 * did not write back" (fail): fsync() must clean them if the file system
 * writes back at all. */
_Noreturn static void judge_still_dirty(struct disk_map *m, long dirty)
{
	IPCS_SAFE(fsync(m->fd));
	if (ipcs_smaps_dirty_kb(m->addr) != 0)
		IPCS_SKIP("%ld kB stay dirty after msync(MS_SYNC) and after fsync(): this file "
		          "system does not write these pages back",
		          dirty);
	IPCS_FAIL("%ld kB of the mapping were still dirty after msync(MS_SYNC) returned "
	          "(fsync() then cleaned them)",
	          dirty);
	ipcs_end_process();
}

static char *alloc_or_broken(size_t len)
{
	char *buf = malloc(len);
	if (!buf)
		IPCS_BROKEN("malloc(%zu) failed", len);
	return buf;
}

IPCS_TEST(dirty_kb_drop_to_zero)
{
	struct disk_map m;
	char *want = alloc_or_broken(NPAGES * ipcs_page_size());
	ipcs_fill_pattern(want, NPAGES * ipcs_page_size(), 11);
	map_dirty(&m, want);

	IPCS_ASSERT_OK(msync(m.addr, m.len, MS_SYNC));

	long dirty = ipcs_smaps_dirty_kb(m.addr);
	if (dirty != 0)
		judge_still_dirty(&m, dirty);
	IPCS_EXPECT_MEMEQ(m.addr, want, m.len);
}

/* Clean pages can be dropped; the bytes read afterwards come from storage. */
static bool none_resident(void *addr, size_t len, size_t *resident)
{
	unsigned char vec[NPAGES];

	IPCS_SAFE(mincore(addr, len, vec));
	*resident = 0;
	for (size_t i = 0; i < len / ipcs_page_size(); i++)
		*resident += vec[i] & 1;
	return *resident == 0;
}

IPCS_TEST(bytes_come_back_from_storage)
{
	struct disk_map m;
	char *want = alloc_or_broken(NPAGES * ipcs_page_size());
	char *got = alloc_or_broken(NPAGES * ipcs_page_size());
	ipcs_fill_pattern(want, NPAGES * ipcs_page_size(), 23);
	map_dirty(&m, want);

	IPCS_ASSERT_OK(msync(m.addr, m.len, MS_SYNC));

	/* Clean before anything else could have written them back:
	 * POSIX_FADV_DONTNEED below starts writeback itself. */
	long dirty = ipcs_smaps_dirty_kb(m.addr);
	if (dirty != 0)
		judge_still_dirty(&m, dirty);

	/* Mapped pages are never dropped: unmap, then watch the page cache
	 * through an untouched read-only mapping. */
	IPCS_SAFE(munmap(m.addr, m.len));
	void *probe =
	    (void *)(intptr_t)IPCS_SAFE(mmap(NULL, m.len, PROT_READ, MAP_SHARED, m.fd, 0));
	size_t resident;
	if (none_resident(probe, m.len, &resident))
		IPCS_SKIP("mincore() does not report this file's cached pages; cannot see a drop");
	int err = posix_fadvise(m.fd, 0, 0, POSIX_FADV_DONTNEED);
	if (err)
		IPCS_BROKEN("posix_fadvise(POSIX_FADV_DONTNEED) failed with %s",
		            ipcs_errno_name(err));
	if (!none_resident(probe, m.len, &resident))
		IPCS_SKIP("%zu of %d clean pages stayed in the page cache after "
		          "POSIX_FADV_DONTNEED; cannot read from storage",
		          resident, NPAGES);
	IPCS_SAFE(munmap(probe, m.len));

	int fd = (int)IPCS_SAFE(open(m.path, O_RDONLY | O_CLOEXEC));
	IPCS_EXPECT_EQ(read(fd, got, m.len), (ssize_t)m.len);
	IPCS_EXPECT_MEMEQ(got, want, m.len);
	IPCS_SAFE(close(fd));
}

IPCS_MAIN(dirty_kb_drop_to_zero, bytes_come_back_from_storage)
