/*
 * After munmap() returns 0, an access to the unmapped range raises SIGSEGV
 * with si_code SEGV_MAPERR and si_addr the address accessed.
 *
 * Ref: POSIX.1-2017 munmap ("Further references to these pages shall result
 * in the generation of a SIGSEGV signal to the process"), <signal.h>
 * ("SEGV_MAPERR Address not mapped to object"; si_addr); mmap(2) munmap()
 * ("causes further references to addresses within the range to generate
 * invalid memory references"); sigaction(2) SEGV_MAPERR.
 *
 * Nothing maps the range again: the test maps nothing after munmap().
 */
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "access to a range after munmap raises SIGSEGV, SEGV_MAPERR, at the address "
                      "accessed",
          .ref = "POSIX.1-2017 munmap, <signal.h>; mmap(2) munmap(); sigaction(2)",
          .tags = "munmap,signals");

IPCS_TEST(anonymous_access_after_munmap_segv_maperr)
{
	size_t page = ipcs_page_size();
	char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	m[0] = m[page] = 1;
	IPCS_ASSERT_OK(munmap(m, 2 * page));
	IPCS_EXPECT_READ_FAULT(m + 1, SIGSEGV, SEGV_MAPERR);
	IPCS_EXPECT_WRITE_FAULT(m + page, SIGSEGV, SEGV_MAPERR);
}

IPCS_TEST(file_access_after_munmap_segv_maperr)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	map.addr[0] = 1;
	IPCS_ASSERT_OK(munmap(map.addr, map.len));
	IPCS_EXPECT_READ_FAULT(map.addr, SIGSEGV, SEGV_MAPERR);
}

IPCS_MAIN(anonymous_access_after_munmap_segv_maperr, file_access_after_munmap_segv_maperr)
