/*
 * mincore() over a range that is wholly or partly unmapped fails with
 * ENOMEM, as does a length reaching past the end of the address space.
 *
 * Ref: mincore(2) ERRORS ("ENOMEM addr to addr + length contained unmapped
 * memory"; "ENOMEM length is greater than (TASK_SIZE - addr). (This could
 * occur if a negative value is specified for length, since that value will
 * be interpreted as a large unsigned integer.)").
 */
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mincore over a range with unmapped memory, or past the end of the address "
                      "space, fails with ENOMEM",
          .ref = "mincore(2) ERRORS ENOMEM", .tags = "mincore,errors");

IPCS_TEST(wholly_unmapped_enomem)
{
	size_t page = ipcs_page_size();
	unsigned char vec[2];
	char *hole = ipcs_unmapped_range(2 * page);
	IPCS_EXPECT_ERRNO(mincore(hole, 2 * page, vec), ENOMEM);
}

IPCS_TEST(partly_unmapped_enomem)
{
	size_t page = ipcs_page_size();
	unsigned char vec[3];
	char *m = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, 3 * page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	IPCS_SAFE(munmap(m + 2 * page, page));
	IPCS_EXPECT_OK(mincore(m, 2 * page, vec)); /* the mapped part alone is fine */
	IPCS_EXPECT_ERRNO(mincore(m, 3 * page, vec), ENOMEM);
}

IPCS_TEST(length_past_address_space_enomem)
{
	size_t page = ipcs_page_size();
	unsigned char vec[1];
	char *m = ipcs_map_anon(page, PROT_READ, MAP_PRIVATE);
	/* The largest page multiple that does not wrap: m + len is beyond any
	 * user address space. */
	size_t len = (SIZE_MAX - (uintptr_t)m) / page * page;
	IPCS_EXPECT_ERRNO(mincore(m, len, vec), ENOMEM);
	IPCS_EXPECT_ERRNO(mincore(m, (size_t)-1, vec), ENOMEM); /* "a negative value" */
}

IPCS_MAIN(wholly_unmapped_enomem, partly_unmapped_enomem, length_past_address_space_enomem)
