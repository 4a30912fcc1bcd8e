/*
 * SHM_STAT, like IPC_STAT, needs read permission on the segment (EACCES
 * without it); SHM_STAT_ANY does not check the mode at all.
 *
 * Ref: shmctl(2) ERRORS ("EACCES IPC_STAT or SHM_STAT is requested and
 * shm_perm.mode does not allow read access"), SHM_STAT_ANY ("shm_perm.mode
 * is not checked for read access for shmid, meaning that any user can
 * employ this operation"; since Linux 4.17).
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SHM_STAT needs read permission (EACCES); SHM_STAT_ANY does not",
          .ref = "shmctl(2) SHM_STAT, SHM_STAT_ANY, ERRORS EACCES", .needs = IPCS_NEEDS_TWO_USERS,
          .features = "shm_stat_any", .tags = "shmctl,permissions");

static int shmid, slot;

static void stranger(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	struct shmid_ds ds;
	IPCS_EXPECT_ERRNO(shmctl(shmid, IPC_STAT, &ds), EACCES);
	IPCS_EXPECT_ERRNO(shmctl(slot, SHM_STAT, &ds), EACCES);
#ifdef HAVE_SHM_STAT_ANY
	IPCS_EXPECT_EQ(shmctl(slot, SHM_STAT_ANY, &ds), shmid);
	IPCS_EXPECT_EQ(ds.shm_perm.mode & 0777, 0);
#endif
}

IPCS_TEST(stat_needs_read_stat_any_not)
{
	ipcs_require_stat_any(IPCS_SYSV_SHM);
	shmid = ipcs_sysv_new_as_user(IPCS_SYSV_SHM, 1, IPC_PRIVATE, IPC_CREAT | 0000);
	/* Its index: scan as ourselves (privileged: the case needs two
	 * users, so CAP_SETUID, and root's CAP_IPC_OWNER reads anything). */
	struct shminfo info;
	int top = (int)IPCS_SAFE(shmctl(0, IPC_INFO, (struct shmid_ds *)&info));
	slot = -1;
	for (int i = 0; i <= top && slot < 0; i++) {
		struct shmid_ds ds;
#ifdef HAVE_SHM_STAT_ANY
		if (shmctl(i, SHM_STAT_ANY, &ds) == shmid)
			slot = i;
#endif
	}
	if (slot < 0)
		IPCS_BROKEN("segment %d not found by SHM_STAT_ANY over indexes 0..%d", shmid, top);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stranger, NULL), 0);
}

IPCS_MAIN(stat_needs_read_stat_any_not)
