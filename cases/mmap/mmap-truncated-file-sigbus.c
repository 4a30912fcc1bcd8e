/*
 * After ftruncate() shrinks a mapped file, an access to a page of the mapping
 * that now lies wholly beyond the end of the file raises SIGBUS with si_addr
 * the address accessed, even though the page was touched before (kernel); the
 * page still inside the file keeps its data.
 *
 * Ref: POSIX.1-2017 mmap ("If the size of the mapped file changes after the
 * call to mmap() as a result of some other operation on the mapped file, the
 * effect of references to portions of the mapped region that correspond to
 * added or removed portions of the file is unspecified"); mmap(2) NOTES (the
 * same: unspecified). Linux: mm/truncate.c truncate_pagecache() unmaps the
 * removed pages (unmap_mapping_range) and mm/filemap.c filemap_fault() returns
 * VM_FAULT_SIGBUS for an offset at or beyond i_size.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "after ftruncate shrinks a mapped file, access to a removed whole page "
                      "raises SIGBUS at that address (kernel)",
          .ref = "POSIX.1-2017 mmap (unspecified); mm/truncate.c truncate_pagecache; "
                 "mm/filemap.c filemap_fault",
          .tags = "mmap,signals");

static void check_sigbus(char *addr, bool write)
{
	struct ipcs_fault f;
	unsigned char value = 0x42;
	if (ipcs_access(addr, write, &value, &f)) {
		IPCS_FAIL("a %s at %p completed; expected SIGBUS", write ? "write" : "read",
		          (void *)addr);
		return;
	}
	IPCS_EXPECT_EQ(f.sig, SIGBUS);
	IPCS_EXPECT_EQ((uintptr_t)f.addr, (uintptr_t)addr);
}

static void shrink_then_access(int flags)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 3, MAP_SHARED);
	size_t page = ipcs_page_size();
	memset(map.addr, 0x5e, map.len); /* the file's bytes */
	char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, map.len, PROT_READ | PROT_WRITE, flags, map.fd, 0));
	IPCS_EXPECT_EQ(m[2 * page], 0x5e); /* faulted in before the truncate */
	IPCS_EXPECT_EQ(m[page], 0x5e);

	IPCS_SAFE(ftruncate(map.fd, (off_t)page));

	check_sigbus(m + 2 * page + 5, false);
	check_sigbus(m + page, true);
	IPCS_EXPECT_EQ(m[page - 1], 0x5e);
}

IPCS_TEST(shared_mapping_sigbus_after_shrink)
{
	shrink_then_access(MAP_SHARED);
}

IPCS_TEST(private_mapping_sigbus_after_shrink)
{
	shrink_then_access(MAP_PRIVATE);
}

IPCS_MAIN(shared_mapping_sigbus_after_shrink, private_mapping_sigbus_after_shrink)
