/*
 * While a marked segment is still attached, IPC_RMID may be repeated (it
 * succeeds and changes nothing) and Linux lets a process attach it again by
 * its id, counting the new attachment; once destroyed, IPC_RMID fails with
 * EINVAL.
 *
 * Ref: shmctl(2) NOTES ("Linux permits a process to attach (shmat(2)) a
 * shared memory segment that has already been marked for deletion using
 * shmctl(IPC_RMID)"); shmop(2) NOTES (same); ipc/shm.c do_shm_rmid()
 * (marks again); shmctl(2) ERRORS EINVAL.
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a marked, attached segment accepts IPC_RMID again and new attaches",
          .ref = "shmctl(2) NOTES, IPC_RMID, ERRORS; shmop(2) NOTES", .tags = "removal");

IPCS_TEST(repeat_and_reattach)
{
	int id = ipcs_shm_new(ipcs_page_size());
	volatile char *p = ipcs_shmat(id, NULL, 0);
	IPCS_ASSERT_OK(shmctl(id, IPC_RMID, NULL));
	IPCS_EXPECT_OK(shmctl(id, IPC_RMID, NULL));
	IPCS_EXPECT_TRUE(ipcs_shm_stat(id).shm_perm.mode & SHM_DEST);
	volatile char *q = shmat(id, NULL, 0);
	if (IPCS_EXPECT_OK(q)) {
		IPCS_EXPECT_EQ(ipcs_shm_stat(id).shm_nattch, 2);
		q[0] = 'q';
		IPCS_EXPECT_EQ(p[0], 'q');
		ipcs_shmdt((void *)q);
	}
	ipcs_shmdt((void *)p);
	ipcs_untrack(IPCS_OBJ_SHM, id, NULL);
	IPCS_EXPECT_ERRNO(shmctl(id, IPC_RMID, NULL), EINVAL);
}

IPCS_MAIN(repeat_and_reattach)
