/*
 * IPC_RMID on an attached segment only marks it: the attachment keeps
 * working, IPC_STAT shows SHM_DEST in shm_perm.mode, and the key is freed at
 * once (it becomes IPC_PRIVATE, so the key can name a new segment).
 *
 * Ref: shmctl(2) IPC_RMID ("Mark the segment to be destroyed. The segment
 * will actually be destroyed only after the last process detaches it";
 * "the (nonstandard) SHM_DEST flag of the shm_perm.mode field ... will be
 * set"); ipc/shm.c do_shm_rmid() sets the key to IPC_PRIVATE.
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "IPC_RMID on an attached segment: still usable, SHM_DEST set, key freed",
          .ref = "shmctl(2) IPC_RMID; ipc/shm.c do_shm_rmid()", .tags = "removal");

IPCS_TEST(marked_not_destroyed)
{
	key_t key = ipcs_unique_key();
	int id = ipcs_shmget(key, ipcs_page_size(), IPC_CREAT | IPC_EXCL | 0600);
	volatile char *p = ipcs_shmat(id, NULL, 0);
	p[0] = 'k';
	IPCS_ASSERT_OK(shmctl(id, IPC_RMID, NULL));
	struct shmid_ds ds = ipcs_shm_stat(id);
	IPCS_EXPECT_TRUE(ds.shm_perm.mode & SHM_DEST);
	IPCS_EXPECT_EQ(ds.shm_perm.mode & 0777, 0600);
	IPCS_EXPECT_EQ(ds.shm_perm.__key, IPC_PRIVATE);
	IPCS_EXPECT_EQ(ds.shm_nattch, 1);
	IPCS_EXPECT_EQ(p[0], 'k');
	p[1] = 'w';
	IPCS_EXPECT_EQ(p[1], 'w');
	/* The key no longer finds it, and is free for a new segment. */
	IPCS_EXPECT_ERRNO(shmget(key, 0, 0600), ENOENT);
	int fresh;
	if (IPCS_EXPECT_OK(fresh = shmget(key, ipcs_page_size(), IPC_CREAT | IPC_EXCL | 0600))) {
		ipcs_track(IPCS_OBJ_SHM, fresh, NULL);
		IPCS_EXPECT_NE(fresh, id);
	}
	ipcs_shmdt((void *)p);
	ipcs_untrack(IPCS_OBJ_SHM, id, NULL); /* gone with the last detach */
}

IPCS_MAIN(marked_not_destroyed)
