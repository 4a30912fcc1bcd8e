/*
 * After IPC_SET gives an object to another uid, that uid is judged by the
 * owner mode bits: a stranger refused by mode 0600 gains read and write
 * access once it is made the owner.
 *
 * Ref: shmctl(2) ipc_perm ("uid Effective UID of owner"; "0400 Read by
 * user, 0200 Write by user"), IPC_SET; semctl(2), msgctl(2) likewise;
 * POSIX.1-2017 XSH 2.7.1 (IPC permissions: "the effective user ID of the
 * process matches xxx_perm.cuid or xxx_perm.uid ... and the appropriate
 * bit of the user field ... is set"); ipc/util.c ipcperms().
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a uid made owner by IPC_SET gets the owner permission bits",
          .ref = "semctl(2), msgctl(2), shmctl(2) IPC_SET, ipc_perm; ipc/util.c ipcperms()",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "ipc_perm,permissions");

static enum ipcs_sysv facility;
static int object_id;

static void try_access(void *arg)
{
	bool owner = *(bool *)arg;
	ipcs_become_user(0);
	if (owner) {
		IPCS_EXPECT_OK(ipcs_sysv_read_op(facility, object_id));
		IPCS_EXPECT_OK(ipcs_sysv_write_op(facility, object_id));
	} else {
		IPCS_EXPECT_ERRNO(ipcs_sysv_read_op(facility, object_id), EACCES);
		IPCS_EXPECT_ERRNO(ipcs_sysv_write_op(facility, object_id), EACCES);
	}
}

static void check(enum ipcs_sysv f)
{
	facility = f;
	object_id = ipcs_sysv_new_as_user(f, 1, IPC_PRIVATE, IPC_CREAT | 0600);
	bool owner = false;
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(try_access, &owner), 0);

	union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, object_id);
	ipcs_sysv_perm(f, &ds)->uid = ipcs_user_uid(0);
	IPCS_SAFE(ipcs_sysv_set(f, object_id, &ds));
	owner = true;
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(try_access, &owner), 0);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
