/*
 * Without CAP_IPC_LOCK, a process whose effective uid is the segment's
 * owner, or its creator, may SHM_LOCK and SHM_UNLOCK it when the segment
 * fits in its RLIMIT_MEMLOCK: both return 0 and SHM_LOCKED follows.
 *
 * Ref: shmctl(2) SHM_LOCK ("Since Linux 2.6.10, an unprivileged process can
 * employ these operations if its effective UID matches the owner or creator
 * UID of the segment, and (for SHM_LOCK) the amount of memory to be locked
 * falls within the RLIMIT_MEMLOCK resource limit"); ipc/shm.c
 * shmctl_do_lock() (shm_perm.uid or shm_perm.cuid).
 */
#include <sys/resource.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "an unprivileged owner or creator may SHM_LOCK/SHM_UNLOCK within MEMLOCK",
          .ref = "shmctl(2) SHM_LOCK, SHM_UNLOCK; ipc/shm.c shmctl_do_lock()",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "shmctl,shm_lock,permissions");

static int shmid;

static void lock_and_unlock(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	ipcs_require_memlock_pages(4);
	IPCS_ASSERT_OK(shmctl(shmid, SHM_LOCK, NULL));
	IPCS_EXPECT_TRUE(ipcs_shm_stat(shmid).shm_perm.mode & SHM_LOCKED);
	IPCS_ASSERT_OK(shmctl(shmid, SHM_UNLOCK, NULL));
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_perm.mode & SHM_LOCKED, 0);
}

/* Created by whoever runs the case, then given to identity 0. (When the
 * case runs unprivileged, identity 0 is both.) */
IPCS_TEST(owner)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	struct shmid_ds ds = ipcs_shm_stat(shmid);
	ds.shm_perm.uid = ipcs_user_uid(0);
	ipcs_require_mapped(ds.shm_perm.uid, ds.shm_perm.gid);
	IPCS_SAFE(shmctl(shmid, IPC_SET, &ds));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(lock_and_unlock, NULL), 0);
}

/* Created by identity 0, then given to another uid: identity 0 is only
 * the creator. */
IPCS_TEST(creator_not_owner)
{
	shmid = ipcs_sysv_new_as_user(IPCS_SYSV_SHM, 0, IPC_PRIVATE, IPC_CREAT | 0600);
	struct shmid_ds ds = ipcs_shm_stat(shmid);
	ds.shm_perm.uid = ipcs_user_uid(1);
	ipcs_require_mapped(ds.shm_perm.uid, ds.shm_perm.gid);
	IPCS_SAFE(shmctl(shmid, IPC_SET, &ds));
	ds = ipcs_shm_stat(shmid);
	IPCS_ASSERT_EQ(ds.shm_perm.cuid, ipcs_user_uid(0));
	IPCS_ASSERT_NE(ds.shm_perm.uid, ipcs_user_uid(0));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(lock_and_unlock, NULL), 0);
}

IPCS_MAIN(owner, creator_not_owner)
