/*
 * shmctl(SHM_STAT) takes an index into the kernel's table instead of an id:
 * it returns the id of the segment at that index and fills the buffer as
 * IPC_STAT would; an unused index fails with EINVAL.
 *
 * Ref: shmctl(2) SHM_STAT ("the shmid argument is not a segment identifier,
 * but instead an index into the kernel's internal array"), RETURN VALUE ("A
 * successful SHM_STAT operation returns the identifier of the shared memory
 * segment whose index was given"), ERRORS EINVAL ("the index value ...
 * referred to an array slot that is currently unused").
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SHM_STAT on an index returns that segment's id and IPC_STAT data",
          .ref = "shmctl(2) SHM_STAT, RETURN VALUE, ERRORS", .tags = "shmctl");

IPCS_TEST(index_gives_id_and_data)
{
	ipcs_enter_new_ipc_ns(); /* index 0 is ours alone; nothing registered */
	int id;
	IPCS_ASSERT_OK(id = shmget(IPC_PRIVATE, 3 * ipcs_page_size(), IPC_CREAT | 0640));
	struct shmid_ds by_index, by_id = ipcs_shm_stat(id);
	IPCS_EXPECT_EQ(shmctl(0, SHM_STAT, &by_index), id);
	IPCS_EXPECT_EQ(by_index.shm_segsz, by_id.shm_segsz);
	IPCS_EXPECT_EQ(by_index.shm_perm.mode, by_id.shm_perm.mode);
	IPCS_EXPECT_EQ(by_index.shm_perm.uid, by_id.shm_perm.uid);
	IPCS_EXPECT_EQ(by_index.shm_cpid, by_id.shm_cpid);
	IPCS_EXPECT_EQ(by_index.shm_ctime, by_id.shm_ctime);
	IPCS_EXPECT_ERRNO(shmctl(1, SHM_STAT, &by_index), EINVAL);
}

IPCS_MAIN(index_gives_id_and_data)
