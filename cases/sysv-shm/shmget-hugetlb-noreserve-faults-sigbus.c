/*
 * SHM_NORESERVE with SHM_HUGETLB skips the reservation of huge pages: with
 * no huge page obtainable, shmget() succeeds where it fails with ENOMEM
 * without the flag, the segment attaches, and the first touch of it kills
 * the process. shmget(2) says SIGSEGV; the kernel sends SIGBUS, as its
 * hugetlbfs documentation says, and that is what is tested.
 *
 * Ref: shmget(2) SHM_NORESERVE ("Do not reserve swap space for this
 * segment ... When swap space is not reserved one might get SIGSEGV upon a
 * write if no physical memory is available"); Documentation/mm/
 * hugetlbfs_reserv.rst ("If no huge page exists at page fault time, the
 * task is sent a SIGBUS"); ipc/shm.c newseg() (VM_NORESERVE for
 * SHM_HUGETLB | SHM_NORESERVE: no reservation); kernel commit 4a6018f7f4f1
 * ("kill applications that use MAP_NORESERVE with SIGBUS").
 */
#include <signal.h>
#include <stdio.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SHM_HUGETLB|SHM_NORESERVE without pages: created, touch faults (SIGBUS)",
          .ref = "shmget(2) SHM_NORESERVE (says SIGSEGV); Documentation/mm/hugetlbfs_reserv.rst",
          .tags = "hugetlb,noreserve,faults");

static size_t huge;

/* The default huge page size, with no page obtainable, or skip. */
static void need_empty_default_pool(void)
{
	long kb = -1;
	char line[128];
	FILE *f = fopen("/proc/meminfo", "re");
	if (!f)
		IPCS_BROKEN_ERRNO("opening /proc/meminfo");
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "Hugepagesize: %ld kB", &kb) == 1)
			break;
	fclose(f);
	if (kb <= 0)
		IPCS_SKIP("no huge page support (no Hugepagesize in /proc/meminfo)");
	huge = (size_t)kb * 1024;
	if (!ipcs_huge_size_offered(huge))
		IPCS_SKIP("no pool for the default %ld kB huge pages in /sys/kernel/mm/hugepages",
		          kb);
	if (ipcs_huge_page_obtainable(huge))
		IPCS_SKIP("a %ld kB huge page is obtainable here, so nothing faults", kb);
	if (!ipcs_have_cap(IPCS_CAP_IPC_LOCK))
		IPCS_SKIP("needs CAP_IPC_LOCK to use SHM_HUGETLB (else EPERM)");
}

IPCS_TEST(created_only_with_noreserve)
{
	need_empty_default_pool();
	int id;
	if (!IPCS_EXPECT_ERRNO(id = shmget(IPC_PRIVATE, huge, IPC_CREAT | SHM_HUGETLB | 0600),
	                       ENOMEM) &&
	    id >= 0)
		ipcs_track(IPCS_OBJ_SHM, id, NULL);
	if (IPCS_EXPECT_OK(
	        id = shmget(IPC_PRIVATE, huge, IPC_CREAT | SHM_HUGETLB | SHM_NORESERVE | 0600)))
		ipcs_track(IPCS_OBJ_SHM, id, NULL);
}

static int shmid;

static void touch(void *arg)
{
	volatile char *p = arg;
	ipcs_no_core_dump();
	p[0] = 'x'; /* must not return */
}

IPCS_TEST(first_touch_faults_sigbus)
{
	need_empty_default_pool();
	shmid = ipcs_shmget(IPC_PRIVATE, huge, IPC_CREAT | SHM_HUGETLB | SHM_NORESERVE | 0600);
	void *p = ipcs_shmat(shmid, NULL, 0); /* attaching allocates nothing */
	IPCS_EXPECT_CHILD_SIGNAL(ipcs_spawn(touch, p), SIGBUS);
	ipcs_shmdt(p);
}

IPCS_MAIN(created_only_with_noreserve, first_touch_faults_sigbus)
