/*
 * munmap() of the middle page of a three-page mapping removes only whole
 * pages containing part of the range (a length of one byte removes the whole
 * page): the page faults with SIGSEGV, the pages on both sides keep their
 * data, and /proc/self/maps shows two mappings around the hole.
 *
 * Ref: POSIX.1-2017 munmap ("The munmap() function shall remove any mappings
 * for those entire pages containing any part of the address space of the
 * process starting at addr and continuing for len bytes"); mmap(2) munmap()
 * ("the length need not be [a multiple of the page size]. All pages
 * containing a part of the indicated range are unmapped"); proc(5)
 * /proc/pid/maps.
 */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "munmap of part of a mapping removes the whole pages of that part and "
                      "keeps the rest",
          .ref = "POSIX.1-2017 munmap; mmap(2) munmap(); proc(5) maps", .tags = "munmap");

static void unmap_middle(size_t len)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 3, MAP_SHARED);
	size_t page = ipcs_page_size();
	memset(map.addr, 0x64, map.len);

	IPCS_ASSERT_OK(munmap(map.addr + page, len));

	IPCS_EXPECT_READ_FAULT(map.addr + page, SIGSEGV, SEGV_MAPERR);
	IPCS_EXPECT_READ_FAULT(map.addr + 2 * page - 1, SIGSEGV, SEGV_MAPERR);
	IPCS_EXPECT_EQ(map.addr[page - 1], 0x64);
	IPCS_EXPECT_EQ(map.addr[2 * page], 0x64);
	struct ipcs_maps_line before, after;
	IPCS_ASSERT_TRUE(ipcs_maps_find(map.addr, &before));
	IPCS_ASSERT_TRUE(ipcs_maps_find(map.addr + 2 * page, &after));
	IPCS_EXPECT_EQ(before.start, (uintptr_t)map.addr);
	IPCS_EXPECT_EQ(before.end, (uintptr_t)(map.addr + page));
	IPCS_EXPECT_EQ(after.start, (uintptr_t)(map.addr + 2 * page));
	IPCS_EXPECT_EQ(after.end, (uintptr_t)(map.addr + 3 * page));
	IPCS_EXPECT_EQ(after.offset, 2 * page);
}

IPCS_TEST(whole_middle_page)
{
	unmap_middle(ipcs_page_size());
}

IPCS_TEST(one_byte_removes_whole_page)
{
	unmap_middle(1);
}

IPCS_MAIN(whole_middle_page, one_byte_removes_whole_page)
