/*
 * mmap() with MAP_LOCKED locks the new mapping as mlock() would: smaps shows
 * the "lo" VmFlag and the whole length in Locked (populated), where the same
 * mapping without MAP_LOCKED shows neither.
 *
 * Ref: mmap(2) MAP_LOCKED ("Mark the mapped region to be locked in the same
 * way as mlock(2). This implementation will try to populate (prefault) the
 * whole range but the mmap() call doesn't fail with ENOMEM if this fails");
 * proc(5) /proc/pid/smaps ("Locked" indicates whether the mapping is locked
 * in memory; VmFlags "lo - pages are locked in memory").
 *
 * Locking needs RLIMIT_MEMLOCK of the mapping's size or CAP_IPC_LOCK; mmap
 * failing with EAGAIN (rlimit) makes the case skip. Because population may
 * fail without an error, a Locked count short of the length is noted and
 * only the flag is judged then.
 */
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"
#include "ipcsuite_mm_more.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MAP_LOCKED locks the new mapping (smaps VmFlags 'lo', Locked kB)",
          .ref = "mmap(2) MAP_LOCKED; proc(5) smaps", .tags = "mmap,mlock");

enum { NPAGES = 4 };

IPCS_TEST(locked_flag_and_count)
{
	size_t len = NPAGES * ipcs_page_size();
	/* PROT_READ only, so that the kernel cannot merge it with the other
	 * mapping into one smaps entry. */
	void *plain = (void *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
	ipcs_require_memlock(len);
	void *locked = mmap(NULL, len, PROT_READ | PROT_WRITE,
	                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_LOCKED, -1, 0);
	if (locked == MAP_FAILED)
		IPCS_BROKEN_ERRNO("mmap(MAP_LOCKED) of %zu bytes within RLIMIT_MEMLOCK", len);
	if (ipcs_smaps_has_flag(plain, "lo") < 0)
		IPCS_SKIP("/proc/self/smaps has no VmFlags line (before Linux 3.8)");

	IPCS_EXPECT_EQ(ipcs_smaps_has_flag(plain, "lo"), 0); /* control */
	IPCS_EXPECT_EQ(ipcs_smaps_kb(plain, "Locked"), 0);
	IPCS_EXPECT_EQ(ipcs_smaps_has_flag(locked, "lo"), 1);
	long kb = ipcs_smaps_kb(locked, "Locked");
	if (kb != (long)(len / 1024))
		IPCS_NOTE("Locked: %ld kB of %zu (population is best effort)", kb, len / 1024);
	IPCS_EXPECT_GT(kb, 0);
}

IPCS_MAIN(locked_flag_and_count)
