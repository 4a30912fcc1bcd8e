/*
 * Without CAP_IPC_LOCK, the owner of a locked segment may SHM_UNLOCK it even
 * with RLIMIT_MEMLOCK 0: the zero limit refuses only SHM_LOCK (EPERM).
 * shmctl(2) words the EPERM for a zero limit under "SHM_LOCK or
 * SHM_UNLOCK"; the kernel checks the limit for SHM_LOCK alone, and that is
 * what is tested.
 *
 * Ref: shmctl(2) ERRORS EPERM ("SHM_LOCK or SHM_UNLOCK was specified, but
 * the process was not privileged ... (Since Linux 2.6.9, this error can
 * also occur if the RLIMIT_MEMLOCK is 0 and the caller is not
 * privileged.)"), SHM_UNLOCK ("Allow the segment to be swapped out");
 * ipc/shm.c shmctl_do_lock() ("cmd == SHM_LOCK && !rlimit(RLIMIT_MEMLOCK)").
 */
#include <sys/resource.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "an unprivileged owner may SHM_UNLOCK with RLIMIT_MEMLOCK 0 (not SHM_LOCK)",
          .ref = "shmctl(2) SHM_UNLOCK, ERRORS EPERM (differs); ipc/shm.c shmctl_do_lock()",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "shmctl,shm_lock,limits");

static int shmid;

static void owner_without_memlock(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	struct rlimit rl = ipcs_require_memlock_pages(4);
	/* Locked while the limit allows it, by the same owner. */
	IPCS_SAFE(shmctl(shmid, SHM_LOCK, NULL));
	if (!(ipcs_shm_stat(shmid).shm_perm.mode & SHM_LOCKED))
		IPCS_BROKEN("SHM_LOCK returned 0 but SHM_LOCKED is not set");

	struct rlimit none = {0, rl.rlim_max};
	IPCS_SAFE(setrlimit(RLIMIT_MEMLOCK, &none));
	IPCS_EXPECT_ERRNO(shmctl(shmid, SHM_LOCK, NULL), EPERM);
	IPCS_EXPECT_OK(shmctl(shmid, SHM_UNLOCK, NULL));
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_perm.mode & SHM_LOCKED, 0);
}

IPCS_TEST(unlock_allowed_lock_refused)
{
	shmid = ipcs_shm_new(ipcs_page_size());
	struct shmid_ds ds = ipcs_shm_stat(shmid);
	ds.shm_perm.uid = ipcs_user_uid(0);
	ipcs_require_mapped(ds.shm_perm.uid, ds.shm_perm.gid);
	IPCS_SAFE(shmctl(shmid, IPC_SET, &ds));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(owner_without_memlock, NULL), 0);
}

IPCS_MAIN(unlock_allowed_lock_refused)
