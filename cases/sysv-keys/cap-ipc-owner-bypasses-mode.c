/*
 * A process holding CAP_IPC_OWNER may read, write and IPC_STAT an object
 * whose mode grants nothing (0000); the same process without the capability
 * is refused (EACCES).
 *
 * Ref: capabilities(7) CAP_IPC_OWNER ("Bypass permission checks for
 * operations on System V IPC objects"); shmget(2), shmop(2), shmctl(2)
 * ERRORS EACCES ("and does not have the CAP_IPC_OWNER capability");
 * semop(2), msgsnd(2), msgrcv(2) ERRORS EACCES likewise.
 */
#include "ipcsuite_keys.h"
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "CAP_IPC_OWNER bypasses the mode bits for read, write and IPC_STAT",
          .ref = "capabilities(7) CAP_IPC_OWNER; shmop(2), semop(2), msgsnd(2) ERRORS EACCES",
          .caps = IPCS_CAP(IPCS_CAP_IPC_OWNER), .tags = "ipc_perm,permissions,capabilities");

static enum ipcs_sysv fac;
static key_t key;
static int id;

/* Negative control: the same process without CAP_IPC_OWNER (uid kept) is
 * refused the same operations, so the capability is what grants them. */
static void without_cap(void *arg)
{
	(void)arg;
	union ipcs_sysv_ds ds;
	ipcs_drop_effective_cap(IPCS_CAP_IPC_OWNER);
	IPCS_EXPECT_ERRNO(ipcs_sysv_stat(fac, id, &ds), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_sysv_read_op(fac, id), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_sysv_write_op(fac, id), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_sysv_get(fac, key, 0666), EACCES);
}

static void check(enum ipcs_sysv f)
{
	fac = f;
	key = ipcs_unique_key();
	id = ipcs_sysv_new(f, key, IPC_CREAT | IPC_EXCL | 0000);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(without_cap, NULL), 0);
	union ipcs_sysv_ds ds;
	IPCS_EXPECT_OK(ipcs_sysv_stat(f, id, &ds));
	IPCS_EXPECT_OK(ipcs_sysv_read_op(f, id));
	IPCS_EXPECT_OK(ipcs_sysv_write_op(f, id));
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, 0666), id);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
