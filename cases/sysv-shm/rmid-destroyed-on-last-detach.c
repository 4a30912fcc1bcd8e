/*
 * A segment marked with IPC_RMID is destroyed when its last attachment
 * goes, and not before: after the last detach its id is invalid (EINVAL
 * on Linux; shmctl(2) lists EIDRM for a removed identifier, but
 * ipc_obtain_object_check() reports a vanished id as EINVAL). IPC_RMID of a
 * segment with no attachment destroys it at once.
 *
 * Ref: shmctl(2) IPC_RMID ("destroyed only after the last process detaches
 * it"), ERRORS EIDRM, EINVAL ("shmid is not a valid identifier"); shmop(2)
 * shmdt() ("If it becomes 0 and the segment is marked for deletion, the
 * segment is deleted"); POSIX.1-2017 shmctl IPC_RMID.
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a marked segment is destroyed at its last detach; unattached at once",
          .ref = "shmctl(2) IPC_RMID, ERRORS; shmop(2) shmdt(); ipc/util.c", .tags = "removal");

IPCS_TEST(destroyed_at_last_detach)
{
	int id = ipcs_shm_new(ipcs_page_size());
	void *p = ipcs_shmat(id, NULL, 0);
	void *q = ipcs_shmat(id, NULL, SHM_RDONLY);
	IPCS_ASSERT_OK(shmctl(id, IPC_RMID, NULL));
	ipcs_shmdt(q);
	IPCS_EXPECT_TRUE(ipcs_shm_id_exists(id)); /* one attachment left */
	ipcs_shmdt(p);
	ipcs_untrack(IPCS_OBJ_SHM, id, NULL);
	struct shmid_ds ds;
	IPCS_EXPECT_ERRNO(shmctl(id, IPC_STAT, &ds), EINVAL);
	IPCS_EXPECT_ERRNO(shmat(id, NULL, 0), EINVAL);
}

IPCS_TEST(unattached_destroyed_at_once)
{
	int id = ipcs_shm_new(ipcs_page_size());
	IPCS_ASSERT_OK(shmctl(id, IPC_RMID, NULL));
	ipcs_untrack(IPCS_OBJ_SHM, id, NULL);
	struct shmid_ds ds;
	IPCS_EXPECT_ERRNO(shmctl(id, IPC_STAT, &ds), EINVAL);
}

IPCS_MAIN(destroyed_at_last_detach, unattached_destroyed_at_once)
