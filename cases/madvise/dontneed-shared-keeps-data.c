/*
 * After madvise(MADV_DONTNEED), a shared file mapping and a shared anonymous
 * mapping read back the data written before (it is repopulated from the
 * file or shared memory), and a private file mapping reads the file's
 * contents again, its private changes discarded.
 *
 * Ref: madvise(2) MADV_DONTNEED ("will result in either repopulating the
 * memory contents from the up-to-date contents of the underlying mapped file
 * (for shared file mappings, shared anonymous mappings, and shmem-based
 * techniques such as System V shared memory segments) or zero-fill-on-demand
 * pages for anonymous private mappings").
 */
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "after MADV_DONTNEED shared file and shared anonymous mappings keep their "
                      "data; a private file mapping shows the file again",
          .ref = "madvise(2) MADV_DONTNEED", .tags = "madvise");

enum { NPAGES = 2 };

static void expect_kept(char *p, size_t len, unsigned seed)
{
	char *want = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(want, len, seed);
	memcpy(p, want, len);
	IPCS_ASSERT_OK(madvise(p, len, MADV_DONTNEED));
	IPCS_EXPECT_MEMEQ(p, want, len);
}

IPCS_TEST(shared_file)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, NPAGES, MAP_SHARED);
	expect_kept(map.addr, map.len, 12);
}

IPCS_TEST(shared_anonymous)
{
	size_t len = NPAGES * ipcs_page_size();
	expect_kept(ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_SHARED), len, 13);
}

IPCS_TEST(private_file_shows_file)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, NPAGES, MAP_PRIVATE);
	char *file = ipcs_map_anon(map.len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	ipcs_fill_pattern(file, map.len, 14);
	IPCS_SAFE(pwrite(map.fd, file, map.len, 0));
	memset(map.addr, 0x77, map.len); /* private copies */

	IPCS_ASSERT_OK(madvise(map.addr, map.len, MADV_DONTNEED));
	IPCS_EXPECT_MEMEQ(map.addr, file, map.len);
}

IPCS_MAIN(shared_file, shared_anonymous, private_file_shows_file)
