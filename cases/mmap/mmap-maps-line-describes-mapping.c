/*
 * /proc/self/maps shows a new mapping as one line with its exact address
 * range, its permissions and type (r/w/x, s shared or p private), the file
 * offset it starts at, and the mapped file's path.
 *
 * Ref: proc(5) /proc/pid/maps ("address ... is the address space in the
 * process that the mapping occupies"; "perms is a set of permissions: r =
 * read, w = write, x = execute, s = shared, p = private (copy on write)";
 * "offset is the offset into the file"; "pathname is usually the file that
 * is backing the mapping").
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "/proc/self/maps shows a mapping's range, permissions, type, offset and "
                      "path",
          .ref = "proc(5) /proc/pid/maps", .tags = "mmap,proc");

static struct ipcs_file_map file;

static void expect_line(char *addr, size_t len, const char *perms, unsigned long long offset)
{
	struct ipcs_maps_line line;
	if (!ipcs_maps_find(addr, &line)) {
		IPCS_FAIL("no /proc/self/maps line contains %p", (void *)addr);
		return;
	}
	IPCS_EXPECT_EQ(line.start, (uintptr_t)addr);
	IPCS_EXPECT_EQ(line.end, (uintptr_t)(addr + len));
	IPCS_EXPECT_STREQ(line.perms, perms);
	IPCS_EXPECT_EQ(line.offset, offset);
	char real[4096];
	if (!realpath(file.path, real))
		IPCS_BROKEN_ERRNO("realpath(%s)", file.path);
	IPCS_EXPECT_STREQ(line.path, real);
}

IPCS_TEST(shared_read_write_line)
{
	ipcs_map_temp_file(&file, 4, MAP_SHARED);
	size_t page = ipcs_page_size();
	char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_SHARED, file.fd, (off_t)(2 * page)));
	expect_line(m, 2 * page, "rw-s", 2 * page);
}

IPCS_TEST(private_read_only_line)
{
	ipcs_map_temp_file(&file, 4, MAP_SHARED);
	size_t page = ipcs_page_size();
	char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 3 * page, PROT_READ, MAP_PRIVATE, file.fd, (off_t)page));
	expect_line(m, 3 * page, "r--p", page);
}

IPCS_TEST(whole_file_line)
{
	ipcs_map_temp_file(&file, 4, MAP_SHARED);
	expect_line(file.addr, file.len, "rw-s", 0);
}

IPCS_MAIN(shared_read_write_line, private_read_only_line, whole_file_line)
