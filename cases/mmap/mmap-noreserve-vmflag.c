/*
 * A private writable mapping made with MAP_NORESERVE reserves no swap space:
 * /proc/self/smaps lists the "nr" flag in its VmFlags, which the same
 * mapping without MAP_NORESERVE lacks. Checked only when
 * /proc/sys/vm/overcommit_memory is not 2 (the kernel then ignores the flag).
 *
 * Ref: mmap(2) MAP_NORESERVE ("Do not reserve swap space for this mapping";
 * "See also the discussion of the file /proc/sys/vm/overcommit_memory in
 * proc(5)"); proc(5) /proc/pid/smaps VmFlags ("nr - swap space is not
 * reserved for the area"). mm/mmap.c: VM_NORESERVE is set for MAP_NORESERVE
 * unless overcommit_memory is OVERCOMMIT_NEVER (2).
 */
#include <stdint.h>
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MAP_NORESERVE marks a private writable mapping 'nr' (no swap reserved) in "
                      "smaps VmFlags",
          .ref = "mmap(2) MAP_NORESERVE; proc(5) smaps VmFlags; mm/mmap.c",
          .tags = "mmap,noreserve");

static int nr_flag(int flags)
{
	size_t len = 4 * ipcs_page_size();
	void *m = (void *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | flags, -1, 0));
	int has = ipcs_smaps_has_flag(m, "nr");
	if (has < 0)
		IPCS_SKIP("/proc/self/smaps has no VmFlags line (before Linux 3.8)");
	IPCS_SAFE(munmap(m, len)); /* so the next mapping is not merged with it */
	return has;
}

IPCS_TEST(noreserve_sets_nr)
{
	long mode = ipcs_read_proc_long("/proc/sys/vm/overcommit_memory");
	if (mode == 2)
		IPCS_SKIP("vm.overcommit_memory is 2 (never overcommit): MAP_NORESERVE is ignored");
	IPCS_EXPECT_EQ(nr_flag(0), 0); /* control: a normal private mapping reserves */
	IPCS_EXPECT_EQ(nr_flag(MAP_NORESERVE), 1);
}

IPCS_MAIN(noreserve_sets_nr)
