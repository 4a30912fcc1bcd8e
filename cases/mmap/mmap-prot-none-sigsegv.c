/*
 * A read or a write of a PROT_NONE mapping raises SIGSEGV with si_code
 * SEGV_ACCERR and si_addr the address accessed.
 *
 * Ref: mmap(2) DESCRIPTION ("PROT_NONE Pages may not be accessed");
 * mprotect(2) DESCRIPTION ("If the calling process tries to access memory in
 * a manner that violates the protections, then the kernel generates a SIGSEGV
 * signal for the process"); sigaction(2) ("SEGV_ACCERR Invalid permissions
 * for mapped object"); POSIX.1-2017 mmap ("shall not permit any access where
 * PROT_NONE alone has been set"), <signal.h> (SEGV_ACCERR; si_addr "Address
 * of faulting memory reference").
 */
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "access to a PROT_NONE mapping raises SIGSEGV, SEGV_ACCERR, at the "
                      "address accessed",
          .ref = "mmap(2) PROT_NONE; mprotect(2); sigaction(2) SEGV_ACCERR; POSIX.1-2017 mmap",
          .tags = "mmap,signals");

IPCS_TEST(anonymous_read_and_write_segv_accerr)
{
	size_t page = ipcs_page_size();
	char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 2 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	IPCS_EXPECT_READ_FAULT(m + 3, SIGSEGV, SEGV_ACCERR);
	IPCS_EXPECT_WRITE_FAULT(m + page + 11, SIGSEGV, SEGV_ACCERR);
}

IPCS_TEST(file_read_and_write_segv_accerr)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	char *m =
	    (char *)(intptr_t)IPCS_SAFE(mmap(NULL, map.len, PROT_NONE, MAP_SHARED, map.fd, 0));
	IPCS_EXPECT_READ_FAULT(m, SIGSEGV, SEGV_ACCERR);
	IPCS_EXPECT_WRITE_FAULT(m + map.len - 1, SIGSEGV, SEGV_ACCERR);
}

IPCS_MAIN(anonymous_read_and_write_segv_accerr, file_read_and_write_segv_accerr)
