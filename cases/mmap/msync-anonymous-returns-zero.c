/*
 * msync() with MS_SYNC or MS_ASYNC on an anonymous mapping (MAP_SHARED or
 * MAP_PRIVATE) returns 0 and leaves the mapping's contents as written.
 * Acceptance only: an anonymous mapping has no storage to write to, so there
 * is nothing else to observe.
 *
 * Ref: POSIX.1-2017 msync ("The msync() function shall write all modified
 * data to permanent storage locations, if any ... If no such storage exists,
 * msync() need not have any effect"); msync(2) RETURN VALUE ("On success,
 * zero is returned") and ERRORS (none applies to a mapped, aligned range with
 * valid flags). mm/msync.c skips mappings without a file.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msync on an anonymous mapping is accepted (returns 0) and leaves its "
                      "contents as written",
          .ref = "POSIX.1-2017 msync; msync(2) RETURN VALUE, ERRORS", .tags = "msync,mmap");

enum { NPAGES = 2 };

static void check_anonymous(int map_flags, int sync_flags)
{
	size_t len = NPAGES * ipcs_page_size();
	char *addr = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, len, PROT_READ | PROT_WRITE, map_flags | MAP_ANONYMOUS, -1, 0));
	char *want = malloc(len);
	if (!want)
		IPCS_BROKEN("malloc(%zu) failed", len);
	ipcs_fill_pattern(want, len, 47);
	memcpy(addr, want, len);

	IPCS_EXPECT_OK(msync(addr, len, sync_flags));
	IPCS_EXPECT_MEMEQ(addr, want, len);
}

IPCS_TEST(shared_anonymous_sync_returns_zero)
{
	check_anonymous(MAP_SHARED, MS_SYNC);
}

IPCS_TEST(shared_anonymous_async_returns_zero)
{
	check_anonymous(MAP_SHARED, MS_ASYNC);
}

IPCS_TEST(private_anonymous_sync_returns_zero)
{
	check_anonymous(MAP_PRIVATE, MS_SYNC);
}

IPCS_TEST(private_anonymous_async_returns_zero)
{
	check_anonymous(MAP_PRIVATE, MS_ASYNC);
}

IPCS_MAIN(shared_anonymous_sync_returns_zero, shared_anonymous_async_returns_zero,
          private_anonymous_sync_returns_zero, private_anonymous_async_returns_zero)
