/*
 * SHM_NORESERVE creates a segment without charging it against the
 * overcommit accounting: in the heuristic mode (vm.overcommit_memory 0) a
 * segment larger than RAM and swap together is refused with ENOMEM without
 * the flag and created with it, and it then attaches and works page by page
 * as touched. In the strict mode (2) the kernel ignores the flag and both
 * are refused.
 *
 * Ref: shmget(2) SHM_NORESERVE ("This flag serves the same purpose as the
 * mmap(2) MAP_NORESERVE flag. Do not reserve swap space for this segment"),
 * ERRORS ENOMEM; proc(5) /proc/sys/vm/overcommit_memory ("In mode 0, calls
 * of mmap(2) with MAP_NORESERVE are not checked"; mode 2: CommitLimit);
 * Documentation/mm/overcommit-accounting.rst ("Heuristic overcommit
 * handling. Obvious overcommits of address space are refused"; "In mode 2
 * the MAP_NORESERVE flag is ignored"); ipc/shm.c newseg() ("Do not allow no
 * accounting for OVERCOMMIT_NEVER"). Not proven here: what a write does
 * when memory really runs out (that would need exhausting it).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SHM_NORESERVE: a segment above RAM+swap is created in heuristic mode only",
          .ref = "shmget(2) SHM_NORESERVE, ERRORS ENOMEM; proc(5) overcommit_memory; "
                 "overcommit-accounting.rst",
          .tags = "noreserve,overcommit");

/* Twice RAM plus swap: an "obvious overcommit" for the heuristic, and more
 * than CommitLimit unless vm.overcommit_ratio is huge. Skips where the
 * namespace limits or the address space cannot take such a segment. */
static size_t oversized(void)
{
	struct sysinfo si;
	IPCS_SAFE(sysinfo(&si));
	unsigned long long want =
	    2ULL * ((unsigned long long)si.totalram + si.totalswap) * si.mem_unit;
	want = (want + ipcs_page_size() - 1) / ipcs_page_size() * ipcs_page_size();
	if (want > SIZE_MAX / 4)
		IPCS_SKIP("twice RAM plus swap (%llu bytes) does not fit this address space", want);
	unsigned long long shmmax = ipcs_read_proc_ull("/proc/sys/kernel/shmmax");
	unsigned long long shmall = ipcs_read_proc_ull("/proc/sys/kernel/shmall");
	if (want > shmmax || want / ipcs_page_size() > shmall / 2)
		IPCS_SKIP("kernel.shmmax %llu / shmall %llu pages cannot take a %llu-byte segment",
		          shmmax, shmall, want);
	return (size_t)want;
}

static long overcommit_mode(void)
{
	return ipcs_read_proc_long("/proc/sys/vm/overcommit_memory");
}

static long long commit_limit_bytes(void)
{
	FILE *f = fopen("/proc/meminfo", "re");
	char line[128];
	long long kb = -1;
	if (!f)
		IPCS_BROKEN_ERRNO("opening /proc/meminfo");
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "CommitLimit: %lld kB", &kb) == 1)
			break;
	fclose(f);
	if (kb < 0)
		IPCS_BROKEN("no CommitLimit in /proc/meminfo");
	return kb * 1024;
}

/* shmget that must fail with ENOMEM; a segment made anyway is registered. */
static void expect_enomem(size_t size, int flags)
{
	int id;
	if (!IPCS_EXPECT_ERRNO(id = shmget(IPC_PRIVATE, size, IPC_CREAT | flags | 0600), ENOMEM) &&
	    id >= 0)
		ipcs_track(IPCS_OBJ_SHM, id, NULL);
}

IPCS_TEST(heuristic_mode_creates_only_with_noreserve)
{
	if (overcommit_mode() != 0)
		IPCS_SKIP("vm.overcommit_memory is %ld, not 0 (heuristic)", overcommit_mode());
	size_t size = oversized();
	expect_enomem(size, 0);
	int id;
	if (!IPCS_EXPECT_OK(id = shmget(IPC_PRIVATE, size, IPC_CREAT | SHM_NORESERVE | 0600)))
		return;
	ipcs_track(IPCS_OBJ_SHM, id, NULL);
	IPCS_EXPECT_EQ(ipcs_shm_stat(id).shm_segsz, size);

	struct rlimit as;
	IPCS_SAFE(getrlimit(RLIMIT_AS, &as));
	if (as.rlim_cur != RLIM_INFINITY && as.rlim_cur / 2 < size) {
		IPCS_NOTE("RLIMIT_AS %llu too small to attach it twice: not attached",
		          (unsigned long long)as.rlim_cur);
		return;
	}
	/* Only the touched pages take memory: the first and the last. */
	char *rw = ipcs_shmat(id, NULL, 0);
	const char *ro = ipcs_shmat(id, NULL, SHM_RDONLY);
	rw[0] = 'f';
	rw[size - 1] = 'l';
	IPCS_EXPECT_EQ(ro[0], 'f');
	IPCS_EXPECT_EQ(ro[size - 1], 'l');
	IPCS_EXPECT_EQ(ro[size / 2], 0);
	ipcs_shmdt(ro);
	ipcs_shmdt(rw);
}

IPCS_TEST(strict_mode_ignores_noreserve)
{
	if (overcommit_mode() != 2)
		IPCS_SKIP("vm.overcommit_memory is %ld, not 2 (strict)", overcommit_mode());
	size_t size = oversized();
	if ((long long)size <= commit_limit_bytes())
		IPCS_SKIP("CommitLimit %lld is not below the segment size %zu",
		          commit_limit_bytes(), size);
	expect_enomem(size, 0);
	expect_enomem(size, SHM_NORESERVE);
}

IPCS_MAIN(heuristic_mode_creates_only_with_noreserve, strict_mode_ignores_noreserve)
