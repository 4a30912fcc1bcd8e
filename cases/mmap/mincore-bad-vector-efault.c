/*
 * mincore() whose vector argument points to unmapped memory fails with
 * EFAULT, while the same range with a valid vector succeeds.
 *
 * Ref: mincore(2) ERRORS ("EFAULT vec points to an invalid address").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mincore with vec pointing to unmapped memory fails with EFAULT",
          .ref = "mincore(2) ERRORS EFAULT", .tags = "mincore,errors");

IPCS_TEST(unmapped_vector_efault)
{
	size_t page = ipcs_page_size();
	char *m = ipcs_map_anon(2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	unsigned char vec[2];
	IPCS_EXPECT_OK(mincore(m, 2 * page, vec)); /* the control */
	unsigned char *hole = ipcs_unmapped_range(page);
	IPCS_EXPECT_ERRNO(mincore(m, 2 * page, hole), EFAULT);
}

IPCS_TEST(read_only_vector_efault)
{
	size_t page = ipcs_page_size();
	char *m = ipcs_map_anon(2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	unsigned char *ro = (unsigned char *)ipcs_map_anon(page, PROT_READ, MAP_PRIVATE);
	IPCS_EXPECT_ERRNO(mincore(m, 2 * page, ro), EFAULT);
}

IPCS_MAIN(unmapped_vector_efault, read_only_vector_efault)
