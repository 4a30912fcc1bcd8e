/*
 * mprotect() with an address that is not a multiple of the page size fails
 * with EINVAL and changes nothing.
 *
 * Ref: mprotect(2) DESCRIPTION ("addr must be aligned to a page boundary"),
 * ERRORS ("EINVAL addr is not a valid pointer, or not a multiple of the
 * system page size"). POSIX.1-2017 lists this EINVAL only as "may fail".
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mprotect with an address not aligned to a page fails with EINVAL",
          .ref = "mprotect(2) DESCRIPTION, ERRORS EINVAL", .tags = "mprotect,errors");

IPCS_TEST(unaligned_einval)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(mprotect(p + 1, page, PROT_READ), EINVAL);
	IPCS_EXPECT_ERRNO(mprotect(p + page / 2, page, PROT_NONE), EINVAL);

	struct ipcs_fault f;
	ipcs_probe_write(p, 1, &f); /* still writable */
	IPCS_EXPECT_NO_FAULT(&f, "writing after the refused mprotect");
}

IPCS_MAIN(unaligned_einval)
