/*
 * mmap() with MAP_POPULATE maps every page of the new mapping before it
 * returns: /proc/self/smaps shows the whole length resident (Rss) for a
 * private anonymous and for a shared file mapping nothing has touched, where
 * the same mapping without MAP_POPULATE shows 0 kB.
 *
 * Ref: mmap(2) MAP_POPULATE ("Populate (prefault) page tables for a mapping.
 * For a file mapping, this causes read-ahead on the file"; "Support for
 * MAP_POPULATE in conjunction with private mappings was added in Linux
 * 2.6.23"); proc(5) /proc/pid/smaps ("Rss" is the amount of the mapping
 * currently resident in RAM).
 */
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MAP_POPULATE makes the whole new mapping resident before any access "
                      "(smaps Rss; 0 kB without it)",
          .ref = "mmap(2) MAP_POPULATE; proc(5) smaps", .tags = "mmap,populate");

enum { NPAGES = 8 };

static long rss_after_map(int flags, int fd)
{
	size_t len = NPAGES * ipcs_page_size();
	void *m =
	    (void *)(intptr_t)IPCS_SAFE(mmap(NULL, len, PROT_READ | PROT_WRITE, flags, fd, 0));
	long rss = ipcs_smaps_kb(m, "Rss");
	if (rss < 0)
		IPCS_SKIP("/proc/self/smaps shows no Rss for the mapping");
	IPCS_SAFE(munmap(m, len)); /* so the next mapping is not merged with it */
	return rss;
}

IPCS_TEST(private_anonymous_resident)
{
	long len_kb = (long)(NPAGES * ipcs_page_size() / 1024);
	IPCS_EXPECT_EQ(rss_after_map(MAP_PRIVATE | MAP_ANONYMOUS, -1), 0); /* control */
	IPCS_EXPECT_EQ(rss_after_map(MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1), len_kb);
}

IPCS_TEST(shared_file_resident)
{
	long len_kb = (long)(NPAGES * ipcs_page_size() / 1024);
	struct ipcs_file_map file;
	ipcs_map_temp_file(&file, NPAGES, MAP_SHARED);
	IPCS_EXPECT_EQ(rss_after_map(MAP_SHARED, file.fd), 0); /* control */
	IPCS_EXPECT_EQ(rss_after_map(MAP_SHARED | MAP_POPULATE, file.fd), len_kb);
}

IPCS_MAIN(private_anonymous_resident, shared_file_resident)
