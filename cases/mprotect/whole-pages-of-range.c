/*
 * mprotect() changes every whole page containing any part of
 * [addr, addr + len): a one-byte length protects the whole first page and
 * nothing of the next page.
 *
 * Ref: POSIX.1-2017 mprotect ("shall change the access protections to be
 * that specified by prot for those whole pages containing any part of the
 * address space of the process starting at address addr and continuing for
 * len bytes"); mprotect(2) DESCRIPTION ("changes the access protections for
 * the calling process's memory pages containing any part of the address
 * range in the interval [addr, addr+len-1]").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mprotect of len bytes changes the whole pages containing them, and no "
                      "other page",
          .ref = "POSIX.1-2017 mprotect; mprotect(2) DESCRIPTION", .tags = "mprotect");

IPCS_TEST(one_byte_protects_one_page)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_ASSERT_OK(mprotect(p, 1, PROT_READ));

	struct ipcs_fault f;
	ipcs_probe_write(p + page - 1, 1, &f); /* last byte of the first page */
	IPCS_EXPECT_FAULT(&f, SIGSEGV, SEGV_ACCERR, p + page - 1);
	ipcs_probe_write(p + page, 1, &f); /* first byte of the second */
	IPCS_EXPECT_NO_FAULT(&f, "writing the page after the protected one");
}

IPCS_TEST(range_ending_inside_page)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_ASSERT_OK(mprotect(p, page + 1, PROT_NONE)); /* one byte into page 2 */

	struct ipcs_fault f;
	ipcs_probe_read(p + 2 * page - 1, NULL, &f);
	IPCS_EXPECT_FAULT(&f, SIGSEGV, SEGV_ACCERR, p + 2 * page - 1);
	ipcs_probe_read(p + 2 * page, NULL, &f);
	IPCS_EXPECT_NO_FAULT(&f, "reading the third page");
}

IPCS_MAIN(one_byte_protects_one_page, range_ending_inside_page)
