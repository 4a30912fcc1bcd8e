/*
 * mprotect() with a prot bit that no architecture defines fails with EINVAL,
 * and so does PROT_GROWSDOWN together with PROT_GROWSUP.
 *
 * Ref: mprotect(2) ERRORS ("EINVAL Invalid flags specified in prot";
 * "EINVAL Both PROT_GROWSUP and PROT_GROWSDOWN were specified in prot").
 * Kernel: mm/mprotect.c do_mprotect_pkey() checks both before anything.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mprotect with an unknown prot bit, or GROWSUP with GROWSDOWN, fails with "
                      "EINVAL",
          .ref = "mprotect(2) ERRORS EINVAL", .tags = "mprotect,errors");

#ifndef PROT_GROWSDOWN
#define PROT_GROWSDOWN 0x01000000
#endif
#ifndef PROT_GROWSUP
#define PROT_GROWSUP 0x02000000
#endif
/* Not PROT_SEM (0x8), nor the arm64/powerpc bits 0x10, 0x20. */
#define UNKNOWN_PROT 0x00100000

IPCS_TEST(unknown_bit)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(mprotect(p, page, PROT_READ | UNKNOWN_PROT), EINVAL);
}

IPCS_TEST(growsup_and_growsdown)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(mprotect(p, page, PROT_READ | PROT_GROWSDOWN | PROT_GROWSUP), EINVAL);
}

IPCS_MAIN(unknown_bit, growsup_and_growsdown)
