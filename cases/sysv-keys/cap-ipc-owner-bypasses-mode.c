/*
 * A process holding CAP_IPC_OWNER may read, write and IPC_STAT an object
 * whose mode grants nothing (0000).
 *
 * Ref: capabilities(7) CAP_IPC_OWNER ("Bypass permission checks for
 * operations on System V IPC objects"); shmget(2), shmop(2), shmctl(2)
 * ERRORS EACCES ("and does not have the CAP_IPC_OWNER capability");
 * semop(2), msgsnd(2), msgrcv(2) ERRORS EACCES likewise.
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "CAP_IPC_OWNER bypasses the mode bits for read, write and IPC_STAT",
          .ref = "capabilities(7) CAP_IPC_OWNER; shmop(2), semop(2), msgsnd(2) ERRORS EACCES",
          .caps = IPCS_CAP(IPCS_CAP_IPC_OWNER), .tags = "ipc_perm,permissions,capabilities");

static void check(enum ipcs_sysv f)
{
	key_t key = ipcs_unique_key();
	int id = ipcs_sysv_new(f, key, IPC_CREAT | IPC_EXCL | 0000);
	union ipcs_sysv_ds ds;
	IPCS_EXPECT_OK(ipcs_sysv_stat(f, id, &ds));
	IPCS_EXPECT_OK(ipcs_sysv_read_op(f, id));
	IPCS_EXPECT_OK(ipcs_sysv_write_op(f, id));
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, 0666), id);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
