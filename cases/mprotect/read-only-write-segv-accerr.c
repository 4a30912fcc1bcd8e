/*
 * After mprotect(PROT_READ), reads of the range succeed and return its data,
 * while a write raises SIGSEGV with si_code SEGV_ACCERR at the written byte
 * and leaves the byte unchanged.
 *
 * Ref: mprotect(2) DESCRIPTION ("PROT_READ The memory can be read"; "If the
 * calling process tries to access memory in a manner that violates the
 * protections, then the kernel generates a SIGSEGV signal"); sigaction(2)
 * siginfo_t SEGV_ACCERR, si_addr.
 */
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "on a page made PROT_READ reads succeed and a write raises SIGSEGV "
                      "SEGV_ACCERR at the written address, changing nothing",
          .ref = "mprotect(2) DESCRIPTION; sigaction(2) SEGV_ACCERR", .tags = "mprotect,sigsegv");

static void check_read_only(char *p, size_t len)
{
	char want[32];
	ipcs_fill_pattern(want, sizeof want, 9);
	memcpy(p + len - sizeof want, want, sizeof want);
	IPCS_SAFE(mprotect(p, len, PROT_READ));

	unsigned char got = 0;
	struct ipcs_fault f;
	ipcs_probe_read(p + len - 1, &got, &f);
	IPCS_EXPECT_NO_FAULT(&f, "reading a PROT_READ page");
	IPCS_EXPECT_EQ(got, (unsigned char)want[sizeof want - 1]);

	char *at = p + len - sizeof want;
	ipcs_probe_write(at, 0, &f);
	IPCS_EXPECT_FAULT(&f, SIGSEGV, SEGV_ACCERR, at);
	IPCS_EXPECT_MEMEQ(p + len - sizeof want, want, sizeof want);
}

IPCS_TEST(private_anonymous)
{
	size_t len = 2 * ipcs_page_size();
	check_read_only(ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_PRIVATE), len);
}

IPCS_TEST(shared_file)
{
	struct ipcs_file_map map;
	ipcs_map_temp_file(&map, 2, MAP_SHARED);
	check_read_only(map.addr, map.len);
}

IPCS_MAIN(private_anonymous, shared_file)
