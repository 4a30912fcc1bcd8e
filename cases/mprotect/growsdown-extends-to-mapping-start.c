/*
 * mprotect() with PROT_GROWSDOWN on part of a MAP_GROWSDOWN mapping applies
 * the protection from the beginning of the mapping up to the end of the
 * given range; the pages above keep theirs. On a mapping that does not grow
 * down, PROT_GROWSDOWN fails with EINVAL. (PROT_GROWSUP with PROT_GROWSDOWN:
 * mprotect/invalid-prot-einval.)
 *
 * Ref: mprotect(2) DESCRIPTION ("PROT_GROWSDOWN Apply the protection mode
 * down to the beginning of a mapping that grows downward (which should be a
 * stack segment or a segment mapped with the MAP_GROWSDOWN flag set)"),
 * ERRORS ("EINVAL Invalid flags specified in prot": for a mapping that does
 * not grow down, mm/mprotect.c do_mprotect_pkey() returns -EINVAL when the
 * VMA lacks VM_GROWSDOWN); proc(5) /proc/pid/maps.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "PROT_GROWSDOWN applies the protection down to the start of a "
                      "MAP_GROWSDOWN mapping; EINVAL on a plain mapping",
          .ref = "mprotect(2) DESCRIPTION PROT_GROWSDOWN, ERRORS EINVAL; mm/mprotect.c",
          .tags = "mprotect");

enum { NPAGES = 4 };

IPCS_TEST(applies_down_to_start)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(NPAGES * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_GROWSDOWN);
	IPCS_ASSERT_OK(mprotect(p + 2 * page, page, PROT_READ | PROT_GROWSDOWN));

	struct ipcs_maps_line line;
	IPCS_ASSERT_TRUE(ipcs_maps_find(p, &line));
	IPCS_EXPECT_EQ(line.end, (uintptr_t)(p + 3 * page)); /* pages 0-2 */
	IPCS_EXPECT_STREQ(line.perms, "r--p");
	IPCS_ASSERT_TRUE(ipcs_maps_find(p + 3 * page, &line));
	IPCS_EXPECT_STREQ(line.perms, "rw-p"); /* the page above keeps its protection */

	struct ipcs_fault f;
	ipcs_probe_write(p + 5, 1, &f);
	IPCS_EXPECT_FAULT(&f, SIGSEGV, SEGV_ACCERR, p + 5);
}

IPCS_TEST(plain_mapping_einval)
{
	size_t page = ipcs_page_size();
	char *p = ipcs_map_anon(NPAGES * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(mprotect(p + 2 * page, page, PROT_READ | PROT_GROWSDOWN), EINVAL);
	struct ipcs_maps_line line;
	IPCS_ASSERT_TRUE(ipcs_maps_find(p, &line));
	IPCS_EXPECT_STREQ(line.perms, "rw-p");
}

IPCS_MAIN(applies_down_to_start, plain_mapping_einval)
