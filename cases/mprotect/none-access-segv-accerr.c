/*
 * After mprotect(PROT_NONE), reading or writing any page of the range raises
 * SIGSEGV with si_code SEGV_ACCERR and si_addr the accessed byte; restoring
 * PROT_READ | PROT_WRITE gives back the data written before.
 *
 * Ref: mprotect(2) DESCRIPTION ("PROT_NONE The memory cannot be accessed at
 * all"; "If the calling process tries to access memory in a manner that
 * violates the protections, then the kernel generates a SIGSEGV signal");
 * sigaction(2) siginfo_t ("SEGV_ACCERR Invalid permissions for mapped
 * object"; si_addr "the address of the fault").
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a read or write of a PROT_NONE page raises SIGSEGV SEGV_ACCERR at the "
                      "accessed address, and the data is back once access is restored",
          .ref = "mprotect(2) DESCRIPTION; sigaction(2) SEGV_ACCERR", .tags = "mprotect,sigsegv");

enum { NPAGES = 3 };

IPCS_TEST(read_faults_at_address)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(NPAGES * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_SAFE(mprotect(p, NPAGES * page, PROT_NONE));
	struct ipcs_fault f;
	for (int i = 0; i < NPAGES; i++) {
		char *at = p + i * page + 17 * i;
		ipcs_probe_read(at, NULL, &f);
		IPCS_EXPECT_FAULT(&f, SIGSEGV, SEGV_ACCERR, at);
	}
}

IPCS_TEST(write_faults_and_data_kept)
{
	size_t page = ipcs_page_size(), len = NPAGES * page;
	char *p = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	char want[64];
	ipcs_fill_pattern(want, sizeof want, 5);
	memcpy(p + page, want, sizeof want);

	IPCS_SAFE(mprotect(p, len, PROT_NONE));
	struct ipcs_fault f;
	ipcs_probe_write(p + page + 1, 0x5a, &f);
	IPCS_EXPECT_FAULT(&f, SIGSEGV, SEGV_ACCERR, p + page + 1);

	IPCS_SAFE(mprotect(p, len, PROT_READ | PROT_WRITE));
	IPCS_EXPECT_MEMEQ(p + page, want, sizeof want);
}

IPCS_MAIN(read_faults_at_address, write_faults_and_data_kept)
