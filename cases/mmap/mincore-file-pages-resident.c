/*
 * mincore() on a file mapping reports the file's pages that are in the page
 * cache as resident, even pages this process never touched, and reports them
 * not resident once they were dropped from the cache.
 *
 * Ref: mincore(2) DESCRIPTION ("mincore() returns a vector that indicates
 * whether pages of the calling process's virtual memory are resident in core
 * (RAM)"; "The least significant bit of each byte will be set if the
 * corresponding page is currently resident in memory, and be clear if it is
 * not"). Kernel: mm/mincore.c mincore_page() looks the page up in the file's
 * page cache (can_do_mincore(): for files the caller owns or may write).
 *
 * Pages are dropped with posix_fadvise(POSIX_FADV_DONTNEED) after fsync()
 * made them clean, with the file on disk (tmpfs cannot drop its pages);
 * without one the second test skips.
 */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mincore reports a file mapping's cached pages resident, untouched ones "
                      "included, and dropped pages not resident",
          .ref = "mincore(2) DESCRIPTION; mm/mincore.c", .tags = "mincore");

enum { NPAGES = 4 };

static char path[256];
static int fd;

/* A file of NPAGES pages whose pages 0 and 2 were written with pwrite (so
 * they are cached) and 1 and 3 are holes never read. */
static unsigned char *map_file(bool on_disk)
{
	size_t page = ipcs_page_size();
	char buf[256];
	memset(buf, 0x6e, sizeof buf);
	if (on_disk)
		ipcs_disk_temp_file(path, sizeof path);
	else
		ipcs_temp_file(path, sizeof path);
	fd = (int)IPCS_SAFE(open(path, O_RDWR | O_CLOEXEC));
	IPCS_SAFE(ftruncate(fd, (off_t)(NPAGES * page)));
	IPCS_SAFE(pwrite(fd, buf, sizeof buf, 0));
	IPCS_SAFE(pwrite(fd, buf, sizeof buf, (off_t)(2 * page)));
	return (unsigned char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, NPAGES * page, PROT_READ, MAP_SHARED, fd, 0));
}

IPCS_TEST(cached_pages_resident_untouched)
{
	unsigned char *m = map_file(false);
	unsigned char vec[NPAGES];
	IPCS_ASSERT_OK(mincore(m, NPAGES * ipcs_page_size(), vec));
	IPCS_EXPECT_EQ(vec[0] & 1, 1);
	IPCS_EXPECT_EQ(vec[1] & 1, 0);
	IPCS_EXPECT_EQ(vec[2] & 1, 1);
	IPCS_EXPECT_EQ(vec[3] & 1, 0);
}

IPCS_TEST(dropped_pages_not_resident)
{
	unsigned char *m = map_file(true); /* tmpfs pages cannot be dropped */
	unsigned char vec[NPAGES];
	IPCS_SAFE(fsync(fd));
	int err = posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
	if (err)
		IPCS_BROKEN("posix_fadvise(POSIX_FADV_DONTNEED) failed with %s",
		            ipcs_errno_name(err));
	IPCS_ASSERT_OK(mincore(m, NPAGES * ipcs_page_size(), vec));
	IPCS_EXPECT_EQ(vec[0] & 1, 0);
	IPCS_EXPECT_EQ(vec[2] & 1, 0);
	/* Touching page 2 brings it back. */
	IPCS_EXPECT_EQ(m[2 * ipcs_page_size()], 0x6e);
	IPCS_ASSERT_OK(mincore(m, NPAGES * ipcs_page_size(), vec));
	IPCS_EXPECT_EQ(vec[2] & 1, 1);
}

IPCS_MAIN(cached_pages_resident_untouched, dropped_pages_not_resident)
