/*
 * /proc/sysvipc/sem lists a set the case created, one line with key, semid,
 * perms, nsems, uid, gid, cuid, cgid, otime and ctime matching what IPC_STAT
 * reports.
 *
 * Ref: proc(5) /proc/sysvipc ("These files list the System V Interprocess
 * Communication (IPC) objects ... providing similar information to that
 * available via ipcs(1)"); sysvipc(7); ipc/sem.c sysvipc_sem_proc_show().
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "/proc/sysvipc/sem shows a created set with the fields IPC_STAT reports",
          .ref = "proc(5) /proc/sysvipc; sysvipc(7); ipc/sem.c sysvipc_sem_proc_show()",
          .tags = "proc");

IPCS_TEST(line_matches_ipc_stat)
{
	key_t key = ipcs_unique_key();
	int semid = ipcs_semget(key, 5, IPC_CREAT | IPC_EXCL | 0640);
	IPCS_ASSERT_OK(ipcs_semop1(semid, 2, 1, 0)); /* a nonzero otime */
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	struct ipcs_proc_sem e;
	IPCS_ASSERT_TRUE(ipcs_proc_sem_find(semid, &e));
	IPCS_EXPECT_EQ(e.key, key);
	IPCS_EXPECT_EQ(e.perms, 0640);
	IPCS_EXPECT_EQ(e.nsems, 5);
	IPCS_EXPECT_EQ(e.uid, ds.sem_perm.uid);
	IPCS_EXPECT_EQ(e.gid, ds.sem_perm.gid);
	IPCS_EXPECT_EQ(e.cuid, ds.sem_perm.cuid);
	IPCS_EXPECT_EQ(e.cgid, ds.sem_perm.cgid);
	IPCS_EXPECT_EQ(e.otime, ds.sem_otime);
	IPCS_EXPECT_NE(e.otime, 0);
	IPCS_EXPECT_EQ(e.ctime, ds.sem_ctime);
}

IPCS_TEST(removed_set_not_listed)
{
	int semid = ipcs_sem_new(1);
	struct ipcs_proc_sem e;
	IPCS_EXPECT_TRUE(ipcs_proc_sem_find(semid, &e));
	ipcs_sem_rm(semid);
	IPCS_EXPECT_TRUE(!ipcs_proc_sem_find(semid, &e));
}

IPCS_MAIN(line_matches_ipc_stat, removed_set_not_listed)
