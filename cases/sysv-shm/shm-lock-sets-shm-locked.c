/*
 * SHM_LOCK by the owner sets SHM_LOCKED in shm_perm.mode and SHM_UNLOCK
 * clears it; both return 0 and leave the permission bits alone. The owner
 * needs CAP_IPC_LOCK, or an RLIMIT_MEMLOCK covering the segment.
 *
 * Ref: shmctl(2) SHM_LOCK ("If a segment has been locked, then the
 * (nonstandard) SHM_LOCKED flag of the shm_perm.mode field ... will be
 * set"), SHM_UNLOCK, ("Since Linux 2.6.10, an unprivileged process can
 * employ these operations if its effective UID matches the owner or creator
 * UID of the segment, and (for SHM_LOCK) the amount of memory to be locked
 * falls within the RLIMIT_MEMLOCK resource limit").
 */
#include <sys/resource.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SHM_LOCK sets SHM_LOCKED in the mode and SHM_UNLOCK clears it",
          .ref = "shmctl(2) SHM_LOCK, SHM_UNLOCK", .tags = "shmctl,shm_lock");

IPCS_TEST(lock_then_unlock)
{
	size_t size = ipcs_page_size();
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_MEMLOCK, &rl));
	if (!ipcs_have_cap(IPCS_CAP_IPC_LOCK) && rl.rlim_cur != RLIM_INFINITY &&
	    rl.rlim_cur < 2 * size)
		IPCS_SKIP("needs CAP_IPC_LOCK or an RLIMIT_MEMLOCK of a few pages (it is %llu)",
		          (unsigned long long)rl.rlim_cur);
	int id = ipcs_shm_new(size);
	IPCS_ASSERT_OK(shmctl(id, SHM_LOCK, NULL));
	struct shmid_ds ds = ipcs_shm_stat(id);
	IPCS_EXPECT_TRUE(ds.shm_perm.mode & SHM_LOCKED);
	IPCS_EXPECT_EQ(ds.shm_perm.mode & 0777, 0600);
	IPCS_EXPECT_OK(shmctl(id, SHM_LOCK, NULL)); /* again: still locked */
	IPCS_EXPECT_TRUE(ipcs_shm_stat(id).shm_perm.mode & SHM_LOCKED);
	IPCS_ASSERT_OK(shmctl(id, SHM_UNLOCK, NULL));
	IPCS_EXPECT_EQ(ipcs_shm_stat(id).shm_perm.mode & SHM_LOCKED, 0);
	IPCS_EXPECT_OK(shmctl(id, SHM_UNLOCK, NULL)); /* unlocking an unlocked one */
}

IPCS_MAIN(lock_then_unlock)
