/*
 * For a process that is neither owner nor creator and not in the object's
 * groups, the "others" mode bits decide: read access (semctl GETVAL, msgrcv,
 * shmat SHM_RDONLY) needs 0004 and write access (semop, msgsnd, a
 * read-write shmat, which needs read too) needs 0002; otherwise EACCES.
 *
 * Ref: svipc(7)/sysvipc(7) and the ipc_perm description in shmctl(2) ("0004
 * Read by others, 0002 Write by others"); semop(2) ERRORS EACCES; msgsnd(2)
 * and msgrcv(2) ERRORS EACCES; shmop(2) SHM_RDONLY ("The process must have
 * read permission"), "read and write permission", ERRORS EACCES; ipc/util.c
 * ipcperms().
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "the others mode bits decide read and write access for a stranger",
          .ref = "semop(2), msgsnd(2), msgrcv(2), shmop(2) ERRORS EACCES; shmctl(2) ipc_perm",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "ipc_perm,permissions");

static enum ipcs_sysv facility;
static int id_none, id_read, id_write, id_both;

static void stranger(void *arg)
{
	(void)arg;
	enum ipcs_sysv f = facility;
	ipcs_become_user(0);
	IPCS_EXPECT_ERRNO(ipcs_sysv_read_op(f, id_none), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_sysv_write_op(f, id_none), EACCES);
	IPCS_EXPECT_OK(ipcs_sysv_read_op(f, id_read));
	IPCS_EXPECT_ERRNO(ipcs_sysv_write_op(f, id_read), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_sysv_read_op(f, id_write), EACCES);
	if (f == IPCS_SYSV_SHM) /* no write-only segments: rw attach needs r too */
		IPCS_EXPECT_ERRNO(ipcs_sysv_write_op(f, id_write), EACCES);
	else
		IPCS_EXPECT_OK(ipcs_sysv_write_op(f, id_write));
	IPCS_EXPECT_OK(ipcs_sysv_read_op(f, id_both));
	IPCS_EXPECT_OK(ipcs_sysv_write_op(f, id_both));
}

static void check(enum ipcs_sysv f)
{
	facility = f;
	/* Owner and group bits all granted: only the others bits differ. */
	id_none = ipcs_sysv_new_as_user(f, 1, IPC_PRIVATE, IPC_CREAT | 0770);
	id_read = ipcs_sysv_new_as_user(f, 1, IPC_PRIVATE, IPC_CREAT | 0774);
	id_write = ipcs_sysv_new_as_user(f, 1, IPC_PRIVATE, IPC_CREAT | 0772);
	id_both = ipcs_sysv_new_as_user(f, 1, IPC_PRIVATE, IPC_CREAT | 0776);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stranger, NULL), 0);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
