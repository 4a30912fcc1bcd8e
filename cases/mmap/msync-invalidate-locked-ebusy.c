/*
 * msync() with MS_INVALIDATE on a MAP_SHARED file mapping whose pages are
 * locked with mlock() fails with EBUSY (with MS_SYNC, MS_ASYNC or alone);
 * after munlock() the same call returns 0.
 *
 * Ref: msync(2) ERRORS ("EBUSY MS_INVALIDATE was specified in flags, and a
 * memory lock exists for the specified address range"); POSIX.1-2017 msync
 * ERRORS, shall fail ("[EBUSY] Some or all of the addresses in the range
 * starting at addr and continuing for len bytes are locked, and MS_INVALIDATE
 * is specified"). mm/msync.c: VM_LOCKED with MS_INVALIDATE -> EBUSY.
 *
 * Locking one page needs RLIMIT_MEMLOCK of at least a page (or
 * CAP_IPC_LOCK); without it the case skips.
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msync with MS_INVALIDATE on an mlocked MAP_SHARED file mapping fails with "
                      "EBUSY",
          .ref = "msync(2) ERRORS EBUSY; POSIX.1-2017 msync; mm/msync.c",
          .tags = "msync,mlock,errors");

static struct ipcs_file_map map;

static void map_locked(void)
{
	ipcs_map_temp_file(&map, 1, MAP_SHARED);
	ipcs_mlock_or_skip(map.addr, map.len);
}

IPCS_TEST(sync_invalidate_ebusy)
{
	map_locked();
	IPCS_EXPECT_ERRNO(msync(map.addr, map.len, MS_SYNC | MS_INVALIDATE), EBUSY);
}

IPCS_TEST(async_invalidate_ebusy)
{
	map_locked();
	IPCS_EXPECT_ERRNO(msync(map.addr, map.len, MS_ASYNC | MS_INVALIDATE), EBUSY);
}

IPCS_TEST(invalidate_alone_ebusy)
{
	map_locked();
	IPCS_EXPECT_ERRNO(msync(map.addr, map.len, MS_INVALIDATE), EBUSY);
}

/* The negative control: the lock, not the mapping, causes EBUSY. */
IPCS_TEST(unlocked_again_returns_zero)
{
	map_locked();
	IPCS_SAFE(munlock(map.addr, map.len));
	IPCS_EXPECT_OK(msync(map.addr, map.len, MS_SYNC | MS_INVALIDATE));
}

IPCS_MAIN(sync_invalidate_ebusy, async_invalidate_ebusy, invalidate_alone_ebusy,
          unlocked_again_returns_zero)
