/*
 * IPC_SET copies only uid, gid and the low 9 bits of mode from the caller's
 * structure: cuid, cgid, the key and the mode bits above 0777 stay as they
 * were.
 *
 * Ref: shmctl(2) IPC_SET ("The following fields are updated: shm_perm.uid,
 * shm_perm.gid, and (the least significant 9 bits of) shm_perm.mode");
 * semctl(2) and msgctl(2) IPC_SET list the same ipc_perm fields;
 * POSIX.1-2017 shmctl IPC_SET; ipc/util.c ipc_update_perm().
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_SET changes only uid, gid and the low 9 mode bits of ipc_perm",
          .ref = "semctl(2), msgctl(2), shmctl(2) IPC_SET; POSIX.1-2017 shmctl",
          .tags = "ipc_perm,ipc_set");

static void check(enum ipcs_sysv f)
{
	key_t key = ipcs_unique_key();
	int id = ipcs_sysv_new(f, key, IPC_CREAT | IPC_EXCL | 0600);
	union ipcs_sysv_ds before = ipcs_sysv_stat_safe(f, id);
	union ipcs_sysv_ds set = before;
	struct ipc_perm *want = ipcs_sysv_perm(f, &set);
	/* New owner: uid/gid of identity 0 (the owner may give the object
	 * to anyone; the creator keeps the right to remove it). */
	want->uid = ipcs_user_uid(0) == ipcs_sysv_perm(f, &before)->uid ? ipcs_user_uid(1)
	                                                                : ipcs_user_uid(0);
	want->gid = ipcs_user_gid(0) == ipcs_sysv_perm(f, &before)->gid ? ipcs_user_gid(1)
	                                                                : ipcs_user_gid(0);
	ipcs_require_mapped(want->uid, want->gid);
	want->cuid = want->uid + 7;
	want->cgid = want->gid + 7;
	want->__key = key + 1;
	want->mode = 03640; /* 03000 would be SHM_DEST|SHM_LOCKED for a segment */
	IPCS_ASSERT_OK(ipcs_sysv_set(f, id, &set));

	union ipcs_sysv_ds after = ipcs_sysv_stat_safe(f, id);
	struct ipc_perm *got = ipcs_sysv_perm(f, &after);
	struct ipc_perm *old = ipcs_sysv_perm(f, &before);
	IPCS_EXPECT_EQ(got->uid, want->uid);
	IPCS_EXPECT_EQ(got->gid, want->gid);
	IPCS_EXPECT_EQ(got->mode, 0640);
	IPCS_EXPECT_EQ(got->cuid, old->cuid);
	IPCS_EXPECT_EQ(got->cgid, old->cgid);
	IPCS_EXPECT_EQ(got->__key, key);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
