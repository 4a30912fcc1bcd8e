/*
 * SHM_LOCK does not bring the segment's pages into memory: right after it a
 * new segment still has no resident page, and touching one page makes
 * exactly that page resident (rss in /proc/sysvipc/shm).
 *
 * Ref: shmctl(2) SHM_LOCK ("Prevent swapping of the shared memory segment.
 * The caller must fault in any pages that are required to be present after
 * locking is enabled"); proc(5) /proc/sysvipc; ipc/shm.c
 * sysvipc_shm_proc_show() (rss: the segment's pages in memory, in bytes).
 */
#include <sys/resource.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SHM_LOCK does not fault pages in; only touched pages become resident",
          .ref = "shmctl(2) SHM_LOCK; proc(5) /proc/sysvipc", .tags = "shmctl,shm_lock");

static unsigned long long rss(int id)
{
	struct ipcs_proc_shm line;
	if (!ipcs_proc_shm_find(id, &line))
		IPCS_BROKEN("segment %d is not in /proc/sysvipc/shm", id);
	return line.rss;
}

IPCS_TEST(lock_leaves_pages_out)
{
	size_t page = ipcs_page_size();
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_MEMLOCK, &rl));
	if (!ipcs_have_cap(IPCS_CAP_IPC_LOCK) && rl.rlim_cur != RLIM_INFINITY &&
	    rl.rlim_cur < 8 * page)
		IPCS_SKIP("needs CAP_IPC_LOCK or an RLIMIT_MEMLOCK of 8 pages (it is %llu)",
		          (unsigned long long)rl.rlim_cur);
	int id = ipcs_shm_new(4 * page);
	IPCS_ASSERT_EQ(rss(id), 0);
	IPCS_ASSERT_OK(shmctl(id, SHM_LOCK, NULL));
	IPCS_EXPECT_EQ(rss(id), 0);

	char *p = ipcs_shmat(id, NULL, 0);
	IPCS_EXPECT_EQ(rss(id), 0); /* attaching faults nothing in either */
	p[2 * page] = 't';
	IPCS_EXPECT_EQ(rss(id), page);
	ipcs_shmdt(p);
	IPCS_SAFE(shmctl(id, SHM_UNLOCK, NULL));
}

IPCS_MAIN(lock_leaves_pages_out)
