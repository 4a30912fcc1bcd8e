/*
 * SHM_EXEC attaches the segment with execute permission, and needs execute
 * permission on the segment: Linux checks the x bits (ipc/shm.c do_shmat()
 * adds S_IXUGO to the access mode), as shmop(2) says, though shmctl(2)
 * claims execute permission is not needed.
 *
 * Ref: shmop(2) SHM_EXEC ("Allow the contents of the segment to be
 * executed. The caller must have execute permission on the segment.");
 * shmctl(2) ("It is not necessary to have execute permission on a segment
 * in order to perform a shmat(2) call with the SHM_EXEC flag") disagrees;
 * the kernel is tested.
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SHM_EXEC maps the segment executable and needs x permission (kernel)",
          .ref = "shmop(2) SHM_EXEC; shmctl(2) (differs); ipc/shm.c do_shmat()",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "attach,shm_exec,permissions");

static int id_rw, id_rwx;

static void unprivileged(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	IPCS_EXPECT_ERRNO(shmat(id_rw, NULL, SHM_EXEC), EACCES);
	void *p;
	if (IPCS_EXPECT_OK(p = shmat(id_rwx, NULL, SHM_EXEC | SHM_RDONLY)))
		ipcs_shmdt(p);
}

IPCS_TEST(mapping_is_executable)
{
	/* 0700: the owner's x bit, which SHM_EXEC needs without privilege. */
	int id = ipcs_shmget(IPC_PRIVATE, ipcs_page_size(), IPC_CREAT | 0700);
	void *x = ipcs_shmat(id, NULL, SHM_EXEC);
	void *plain = ipcs_shmat(id, NULL, 0);
	struct ipcs_mapping m;
	IPCS_ASSERT_TRUE(ipcs_find_mapping(x, &m));
	IPCS_EXPECT_EQ(m.perms[2], 'x');
	IPCS_ASSERT_TRUE(ipcs_find_mapping(plain, &m));
	IPCS_EXPECT_EQ(m.perms[2], '-');
	ipcs_shmdt(plain);
	ipcs_shmdt(x);
}

IPCS_TEST(needs_execute_permission)
{
	/* Owned by the identity that tries: only the owner x bit differs. */
	id_rw = ipcs_shm_new(ipcs_page_size());
	id_rwx = ipcs_shm_new(ipcs_page_size());
	struct shmid_ds ds = ipcs_shm_stat(id_rw);
	ds.shm_perm.uid = ipcs_user_uid(0);
	ds.shm_perm.mode = 0600;
	IPCS_SAFE(shmctl(id_rw, IPC_SET, &ds));
	ds = ipcs_shm_stat(id_rwx);
	ds.shm_perm.uid = ipcs_user_uid(0);
	ds.shm_perm.mode = 0700;
	IPCS_SAFE(shmctl(id_rwx, IPC_SET, &ds));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(unprivileged, NULL), 0);
}

IPCS_MAIN(mapping_is_executable, needs_execute_permission)
