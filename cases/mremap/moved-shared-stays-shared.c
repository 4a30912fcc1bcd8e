/*
 * A MAP_SHARED anonymous mapping moved by mremap(MREMAP_MAYMOVE |
 * MREMAP_FIXED) still shares its pages with a child forked before the move:
 * a store through the new address is seen by the child at the old one
 * (kernel: the pages move, they are not copied).
 *
 * Ref: mremap(2) DESCRIPTION ("MREMAP_MAYMOVE By default, if there is not
 * sufficient space to expand a mapping at its current location, then
 * mremap() fails. If this flag is specified, then the kernel is permitted to
 * relocate the mapping to a new virtual address"), NOTES ("mremap() changes
 * the mapping between virtual addresses and memory pages"); mm/mremap.c
 * move_vma() (the VMA and its page tables move; the shared object stays).
 */
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "a shared anonymous mapping moved by mremap stays shared with a child "
                      "forked before the move (kernel)",
          .ref = "mremap(2) DESCRIPTION MREMAP_MAYMOVE, NOTES; mm/mremap.c move_vma",
          .tags = "mremap,fork");

enum { NPAGES = 2 };

static char *shared;
static int go[2];

static void child(void *arg)
{
	(void)arg;
	size_t len = NPAGES * ipcs_page_size();
	char want[64], byte;
	close(go[1]);
	IPCS_SAFE(read(go[0], &byte, 1)); /* the parent has moved and written */
	ipcs_fill_pattern(want, sizeof want, 70);
	IPCS_EXPECT_MEMEQ(shared + len - sizeof want, want, sizeof want);
}

IPCS_TEST(child_sees_store_through_new_address)
{
	size_t len = NPAGES * ipcs_page_size();
	shared = ipcs_map_anon(len, PROT_READ | PROT_WRITE, MAP_SHARED);
	IPCS_SAFE(pipe(go));
	pid_t pid = ipcs_spawn(child, NULL);
	close(go[0]);

	char *target = ipcs_unmapped_range(len);
	char *q = mremap(shared, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, target);
	if (q == MAP_FAILED) {
		IPCS_FAIL("mremap(MREMAP_MAYMOVE | MREMAP_FIXED) failed with %s",
		          ipcs_errno_name(errno));
		return;
	}
	IPCS_EXPECT_EQ((uintptr_t)q, (uintptr_t)target);
	ipcs_fill_pattern(q + len - 64, 64, 70);
	IPCS_SAFE(write(go[1], "g", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(child_sees_store_through_new_address)
