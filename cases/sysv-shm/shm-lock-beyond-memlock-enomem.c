/*
 * Without CAP_IPC_LOCK, SHM_LOCK of a segment larger than the caller's
 * RLIMIT_MEMLOCK soft limit fails with ENOMEM (the owner is allowed to try)
 * and leaves SHM_LOCKED clear; the same lock succeeds once the soft limit
 * covers it.
 *
 * Ref: shmctl(2) ERRORS ENOMEM ("(Since Linux 2.6.9), SHM_LOCK was
 * specified and the size of the to-be-locked segment would mean that the
 * total bytes in locked shared memory segments would exceed the limit for
 * the real user ID of the calling process. This limit is defined by the
 * RLIMIT_MEMLOCK soft resource limit"); setrlimit(2) RLIMIT_MEMLOCK;
 * mm/mlock.c user_shm_lock().
 */
#include <sys/resource.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "unprivileged SHM_LOCK beyond RLIMIT_MEMLOCK fails with ENOMEM",
          .ref = "shmctl(2) ERRORS ENOMEM; setrlimit(2) RLIMIT_MEMLOCK", .needs = IPCS_NEEDS_UNPRIV,
          .tags = "shmctl,shm_lock,limits");

static int shmid;

#define SEGMENT_PAGES 4

static void owner(void *arg)
{
	(void)arg;
	size_t page = ipcs_page_size();
	ipcs_become_user(0);
	/* Only the soft limit is lowered and raised: no privilege needed, so
	 * the old 64 KiB default of many containers is enough. */
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_MEMLOCK, &rl));
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < SEGMENT_PAGES * page)
		IPCS_SKIP("the hard RLIMIT_MEMLOCK (%llu bytes) is under %d pages",
		          (unsigned long long)rl.rlim_max, SEGMENT_PAGES);
	struct rlimit one_page = {page, rl.rlim_max};
	IPCS_SAFE(setrlimit(RLIMIT_MEMLOCK, &one_page));
	IPCS_EXPECT_ERRNO(shmctl(shmid, SHM_LOCK, NULL), ENOMEM);
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_perm.mode & SHM_LOCKED, 0);

	/* A soft limit that covers the segment: it fits now. */
	struct rlimit enough = {SEGMENT_PAGES * page, rl.rlim_max};
	IPCS_SAFE(setrlimit(RLIMIT_MEMLOCK, &enough));
	IPCS_EXPECT_OK(shmctl(shmid, SHM_LOCK, NULL));
	IPCS_EXPECT_TRUE(ipcs_shm_stat(shmid).shm_perm.mode & SHM_LOCKED);
}

IPCS_TEST(segment_above_soft_limit)
{
	shmid = ipcs_shm_new(SEGMENT_PAGES * ipcs_page_size());
	struct shmid_ds ds = ipcs_shm_stat(shmid);
	ds.shm_perm.uid = ipcs_user_uid(0);
	ipcs_require_mapped(ds.shm_perm.uid, ds.shm_perm.gid);
	IPCS_SAFE(shmctl(shmid, IPC_SET, &ds));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(owner, NULL), 0);
}

IPCS_MAIN(segment_above_soft_limit)
