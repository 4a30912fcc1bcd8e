/*
 * /proc/sysvipc/{sem,msg,shm} lists each object with the key it was
 * created with (0 for IPC_PRIVATE), its id, its permission bits and the
 * same owner and creator ids as IPC_STAT.
 *
 * Ref: proc(5) /proc/sysvipc ("These files list the System V Interprocess
 * Communication (IPC) objects ... that currently exist on the system,
 * providing similar information to that available via ipcs(1)");
 * sysvipc(7); shmget(2) NOTES (IPC_PRIVATE "is a key_t type" of value 0,
 * <sys/ipc.h>); ipc/sem.c sysvipc_sem_proc_show() and its msg, shm peers.
 */
#include <unistd.h>

#include "ipcsuite_keys.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "/proc/sysvipc lists the object's key, id, mode, owner and creator",
          .ref = "proc(5) /proc/sysvipc; sysvipc(7)", .tags = "keys,ipc_perm,proc");

static void expect_listed(enum ipcs_sysv f, int id, key_t key, unsigned mode)
{
	struct ipcs_proc_sysvipc row;
	union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, id);
	struct ipc_perm *perm = ipcs_sysv_perm(f, &ds);
	IPCS_ASSERT_TRUE(ipcs_proc_sysvipc_find(f, id, &row));
	IPCS_EXPECT_EQ(row.key, key);
	IPCS_EXPECT_EQ(row.mode & 0777, mode);
	IPCS_EXPECT_EQ(row.uid, perm->uid);
	IPCS_EXPECT_EQ(row.gid, perm->gid);
	IPCS_EXPECT_EQ(row.cuid, perm->cuid);
	IPCS_EXPECT_EQ(row.cgid, perm->cgid);
	IPCS_EXPECT_EQ(row.uid, geteuid());
}

static void check(enum ipcs_sysv f)
{
	key_t key = ipcs_unique_key();
	int keyed = ipcs_sysv_new(f, key, IPC_CREAT | IPC_EXCL | 0640);
	expect_listed(f, keyed, key, 0640);
	int private_id = ipcs_sysv_new(f, IPC_PRIVATE, IPC_CREAT | 0604);
	expect_listed(f, private_id, 0, 0604);
	/* Gone from the list once removed. */
	IPCS_SAFE(ipcs_sysv_rmid(f, keyed));
	ipcs_sysv_untrack(f, keyed);
	struct ipcs_proc_sysvipc row;
	IPCS_EXPECT_TRUE(!ipcs_proc_sysvipc_find(f, keyed, &row));
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
