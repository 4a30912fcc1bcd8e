/*
 * mmap() that would take the process's address space past its RLIMIT_AS
 * fails with ENOMEM, while a mapping that fits under the limit succeeds.
 *
 * Ref: POSIX.1-2017 XSH getrlimit ("RLIMIT_AS ... If this limit is exceeded,
 * the malloc() and mmap() functions shall fail with errno set to
 * [ENOMEM]"); getrlimit(2) RLIMIT_AS ("This limit affects calls to brk(2),
 * mmap(2), and mremap(2), which fail with the error ENOMEM upon exceeding
 * this limit"). The soft limit is set from VmSize in /proc/self/status (the
 * address space Linux counts) plus a margin, and restored afterwards.
 */
#include <sys/mman.h>
#include <sys/resource.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mmap beyond RLIMIT_AS fails with ENOMEM; a mapping under it succeeds",
          .ref = "POSIX.1-2017 XSH getrlimit RLIMIT_AS; getrlimit(2) RLIMIT_AS",
          .tags = "mmap,rlimit,errors");

/* Room left under the limit (pages): enough for the control mapping and for
 * reporting a failure; the refused mapping is far larger. */
enum { MARGIN = 256, SMALL = 4, LARGE = 4096 };

IPCS_TEST(beyond_limit_enomem)
{
	size_t page = ipcs_page_size();
	struct rlimit old = ipcs_limit_address_space(MARGIN * page);

	IPCS_EXPECT_OK(
	    mmap(NULL, SMALL * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	IPCS_EXPECT_ERRNO(
	    mmap(NULL, LARGE * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
	    ENOMEM);
	IPCS_SAFE(setrlimit(RLIMIT_AS, &old));
}

IPCS_MAIN(beyond_limit_enomem)
