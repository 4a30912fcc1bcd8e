/*
 * mmap() with MAP_FIXED over part of an existing mapping places the new
 * mapping at exactly that address and replaces the overlapped pages; the
 * pages outside it keep their mapping and contents.
 *
 * Ref: POSIX.1-2017 mmap ("When MAP_FIXED is set in the flags argument, the
 * implementation is informed that the value of pa shall be addr, exactly";
 * "The mapping established by mmap() shall replace any previous mappings for
 * those whole pages containing any part of the address space of the process
 * starting at pa and continuing for len bytes"); mmap(2) MAP_FIXED ("If the
 * memory region specified by addr and length overlaps pages of any existing
 * mapping(s), then the overlapped part of the existing mapping(s) will be
 * discarded").
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "MAP_FIXED maps at exactly addr and replaces the overlapped pages of an "
                      "existing mapping, leaving the rest",
          .ref = "POSIX.1-2017 mmap MAP_FIXED; mmap(2) MAP_FIXED", .tags = "mmap,fixed");

IPCS_TEST(middle_page_replaced_by_file_page)
{
	size_t page = ipcs_page_size();
	char *anon = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	memset(anon, 0x7a, 3 * page);
	struct ipcs_file_map file;
	ipcs_map_temp_file(&file, 1, MAP_SHARED);
	memset(file.addr, 0x19, page);

	IPCS_EXPECT_EQ(
	    (uintptr_t)mmap(anon + page, page, PROT_READ, MAP_SHARED | MAP_FIXED, file.fd, 0),
	    (uintptr_t)(anon + page));

	IPCS_EXPECT_EQ(anon[0], 0x7a);
	IPCS_EXPECT_EQ(anon[page], 0x19);
	IPCS_EXPECT_EQ(anon[2 * page - 1], 0x19);
	IPCS_EXPECT_EQ(anon[2 * page], 0x7a);
	struct ipcs_maps_line line;
	IPCS_ASSERT_TRUE(ipcs_maps_find(anon + page, &line));
	IPCS_EXPECT_EQ(line.start, (uintptr_t)(anon + page));
	IPCS_EXPECT_EQ(line.end, (uintptr_t)(anon + 2 * page));
	char real[4096];
	if (!realpath(file.path, real))
		IPCS_BROKEN_ERRNO("realpath(%s)", file.path);
	IPCS_EXPECT_STREQ(line.path, real);
}

IPCS_MAIN(middle_page_replaced_by_file_page)
