/*
 * A new MAP_ANONYMOUS mapping, shared or private, reads as zero throughout,
 * also where the same address range held other data before (mapped again
 * with MAP_FIXED).
 *
 * Ref: mmap(2) MAP_ANONYMOUS ("The mapping is not backed by any file; its
 * contents are initialized to zero"). MAP_ANONYMOUS is not in
 * POSIX.1-2017.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a new MAP_ANONYMOUS mapping reads as zero, even over a range that held "
                      "data",
          .ref = "mmap(2) MAP_ANONYMOUS", .tags = "mmap,anonymous");

enum { NPAGES = 4 };

static void check_zero(int type)
{
	size_t len = NPAGES * ipcs_page_size();
	char *zeros = calloc(1, len);
	if (!zeros)
		IPCS_BROKEN("calloc(%zu) failed", len);
	char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, len, PROT_READ | PROT_WRITE, type | MAP_ANONYMOUS, -1, 0));
	IPCS_EXPECT_MEMEQ(m, zeros, len);
	ipcs_fill_pattern(m, len, 77);
	/* The same range again: the old bytes must not show through. */
	IPCS_SAFE(mmap(m, len, PROT_READ | PROT_WRITE, type | MAP_ANONYMOUS | MAP_FIXED, -1, 0));
	IPCS_EXPECT_MEMEQ(m, zeros, len);
}

IPCS_TEST(private_zero_filled)
{
	check_zero(MAP_PRIVATE);
}

IPCS_TEST(shared_zero_filled)
{
	check_zero(MAP_SHARED);
}

IPCS_MAIN(private_zero_filled, shared_zero_filled)
