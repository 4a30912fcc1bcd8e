/*
 * A range made PROT_READ and then PROT_READ | PROT_WRITE again can be
 * written: the write that faulted before succeeds and its value is read back.
 *
 * Ref: mprotect(2) DESCRIPTION ("mprotect() changes the access protections
 * for the calling process's memory pages"; "PROT_WRITE The memory can be
 * modified"); POSIX.1-2017 mprotect ("shall change the access protections to
 * be that specified by prot").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a page made PROT_READ and then PROT_READ|PROT_WRITE can be written again",
          .ref = "mprotect(2) DESCRIPTION", .tags = "mprotect");

IPCS_TEST(write_after_restore)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	struct ipcs_fault f;

	IPCS_SAFE(mprotect(p, page, PROT_READ));
	ipcs_probe_write(p + 3, 0x33, &f);
	IPCS_ASSERT_TRUE(f.sig != 0); /* the write is refused first */

	IPCS_ASSERT_OK(mprotect(p, page, PROT_READ | PROT_WRITE));
	ipcs_probe_write(p + 3, 0x44, &f);
	IPCS_EXPECT_NO_FAULT(&f, "writing after PROT_READ|PROT_WRITE was restored");
	IPCS_EXPECT_EQ(((volatile char *)p)[3], 0x44);
}

IPCS_MAIN(write_after_restore)
