/*
 * A write to a PROT_READ mapping raises SIGSEGV with si_code SEGV_ACCERR and
 * si_addr the address written, and changes nothing; a read of it succeeds.
 *
 * Ref: mmap(2) ("SIGSEGV Attempted write into a region mapped as
 * read-only"); sigaction(2) ("SEGV_ACCERR Invalid permissions for mapped
 * object"); POSIX.1-2017 mmap ("shall not permit a write to succeed where
 * PROT_WRITE has not been set"), <signal.h> (si_addr).
 */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a write to a PROT_READ mapping raises SIGSEGV, SEGV_ACCERR, at the address "
                      "written and changes nothing",
          .ref = "mmap(2) SIGSEGV; sigaction(2) SEGV_ACCERR; POSIX.1-2017 mmap",
          .tags = "mmap,signals");

IPCS_TEST(shared_file_write_segv_accerr)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	memset(map.addr, 0x21, map.len);
	char *ro =
	    (char *)(intptr_t)IPCS_SAFE(mmap(NULL, map.len, PROT_READ, MAP_SHARED, map.fd, 0));
	unsigned char v = 0;
	IPCS_EXPECT_READABLE(ro + 7, &v);
	IPCS_EXPECT_EQ(v, 0x21);
	IPCS_EXPECT_WRITE_FAULT(ro + 7, SIGSEGV, SEGV_ACCERR);
	IPCS_EXPECT_EQ(map.addr[7], 0x21);
}

IPCS_TEST(private_anonymous_write_segv_accerr)
{
	size_t page = ipcs_page_size();
	char *ro = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	IPCS_EXPECT_WRITE_FAULT(ro + page / 2, SIGSEGV, SEGV_ACCERR);
	IPCS_EXPECT_EQ(ro[page / 2], 0);
}

IPCS_MAIN(shared_file_write_segv_accerr, private_anonymous_write_segv_accerr)
