/*
 * The permission check puts the creator (sem_perm.cuid) in the owner class
 * as well as the owner: after the creator gives the set to another uid, the
 * owner bits of the mode still decide what the creator may do.
 *
 * Ref: sysvipc(7) / semctl(2) ipc_perm (uid "Effective UID of owner", cuid
 * "Effective UID of creator"); ipc/util.c ipcperms() ("if (uid_eq(euid,
 * ipcp->cuid) || uid_eq(euid, ipcp->uid)) granted_mode >>= 6"). The pages do
 * not say which class the creator is in; this tests the kernel.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "the creator of a set gets the owner permission bits even after giving the "
                      "set to another uid (kernel ipcperms)",
          .ref = "semctl(2) ipc_perm; ipc/util.c ipcperms()", .needs = IPCS_NEEDS_UNPRIV,
          .tags = "permissions");

static int semid;

static void creator_checks(void *arg)
{
	(void)arg;
	/* identity 0 created the set, then gave it away. mode 0600 */
	struct semid_ds ds;
	IPCS_ASSERT_OK(semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = &ds}));
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, 1, 0));
	ds.sem_perm.mode = 0060; /* owner class now has nothing */
	IPCS_ASSERT_OK(semctl(semid, 0, IPC_SET, (union ipcs_semun){.buf = &ds}));
	IPCS_EXPECT_ERRNO(semctl(semid, 0, GETVAL), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, 1, 0), EACCES);
}

static void create_and_check(void *arg)
{
	(void)arg;
	ipcs_become_user(0); /* the current identity when already unprivileged */
	semid = ipcs_semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
	struct semid_ds ds;
	IPCS_ASSERT_OK(semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = &ds}));
	ipcs_require_mapped(ipcs_user_uid(0) + 12345, ds.sem_perm.gid);
	ds.sem_perm.uid = ipcs_user_uid(0) + 12345; /* any other uid */
	IPCS_ASSERT_OK(semctl(semid, 0, IPC_SET, (union ipcs_semun){.buf = &ds}));
	creator_checks(NULL);
}

IPCS_TEST(creator_uses_owner_bits)
{
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(create_and_check, NULL), 0);
}

IPCS_MAIN(creator_uses_owner_bits)
