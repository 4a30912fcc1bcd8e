/*
 * mprotect() of the middle page of a three-page file mapping splits it into
 * three /proc/self/maps lines: rw, r, rw, each with its own range, the file
 * offset of its first page and the same file.
 *
 * Ref: mprotect(2) ERRORS ENOMEM ("making the protection of a range
 * PROT_READ in the middle of a region currently protected as
 * PROT_READ|PROT_WRITE would result in three mappings: two read/write
 * mappings at each end and a read-only mapping in the middle"); proc(5)
 * /proc/pid/maps (address, perms, offset, inode, pathname).
 */
#include <sys/mman.h>
#include <sys/stat.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mprotect of the middle of a mapping splits it into three maps lines "
                      "with their own permissions and file offsets",
          .ref = "mprotect(2) ERRORS ENOMEM; proc(5) /proc/pid/maps", .tags = "mprotect,maps");

static void expect_line(const char *at, uintptr_t start, uintptr_t end, const char *perms,
                        unsigned long long offset, unsigned long inode)
{
	struct ipcs_maps_line m;
	IPCS_ASSERT_TRUE(ipcs_maps_find(at, &m));
	IPCS_EXPECT_EQ(m.start, start);
	IPCS_EXPECT_EQ(m.end, end);
	IPCS_EXPECT_STREQ(m.perms, perms);
	IPCS_EXPECT_EQ(m.offset, offset);
	IPCS_EXPECT_EQ(m.inode, inode);
}

IPCS_TEST(middle_page_read_only)
{
	size_t page = ipcs_page_size();
	struct ipcs_file_map map;
	struct stat st;
	ipcs_map_temp_file(&map, 3, MAP_SHARED);
	IPCS_SAFE(fstat(map.fd, &st));
	uintptr_t a = (uintptr_t)map.addr;

	expect_line(map.addr, a, a + 3 * page, "rw-s", 0, st.st_ino); /* one line before */
	IPCS_ASSERT_OK(mprotect(map.addr + page, page, PROT_READ));
	expect_line(map.addr, a, a + page, "rw-s", 0, st.st_ino);
	expect_line(map.addr + page, a + page, a + 2 * page, "r--s", page, st.st_ino);
	expect_line(map.addr + 2 * page, a + 2 * page, a + 3 * page, "rw-s", 2 * page, st.st_ino);
}

IPCS_MAIN(middle_page_read_only)
