/*
 * madvise(MADV_POPULATE_READ) over file pages wholly beyond the end of the
 * file fails with EFAULT instead of raising SIGBUS, while the pages within
 * the file populate.
 *
 * Ref: madvise(2) MADV_POPULATE_READ ("If populating fails, a SIGBUS signal
 * is not generated; instead, an error is returned"), ERRORS ("EFAULT advice
 * is MADV_POPULATE_READ or MADV_POPULATE_WRITE, and populating (prefaulting)
 * page tables failed because a SIGBUS would have been generated on actual
 * memory access"); mmap(2) ERRORS SIGBUS. Probed once on a page of its own.
 */
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MADV_POPULATE_READ over pages beyond the end of the file fails with "
                      "EFAULT, without SIGBUS",
          .ref = "madvise(2) MADV_POPULATE_READ, ERRORS EFAULT", .tags = "madvise,populate");

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif

IPCS_TEST(beyond_eof_efault)
{
	ipcs_require_madvise(MADV_POPULATE_READ, "MADV_POPULATE_READ", "Linux 5.14");
	size_t page = ipcs_page_size();
	struct ipcs_file_map m;
	ipcs_map_temp_file(&m, 2, MAP_SHARED);
	IPCS_SAFE(ftruncate(m.fd, (off_t)page)); /* the second page is now past EOF */

	IPCS_EXPECT_OK(madvise(m.addr, page, MADV_POPULATE_READ)); /* the control */
	IPCS_EXPECT_ERRNO(madvise(m.addr, 2 * page, MADV_POPULATE_READ), EFAULT);
}

IPCS_MAIN(beyond_eof_efault)
