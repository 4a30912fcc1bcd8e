/*
 * /proc/sysvipc/msg lists a queue with its key, id, perms, cbytes, qnum,
 * pids, owner and times as IPC_STAT reports them, follows sends and
 * receives, and drops the queue when it is removed.
 *
 * Ref: proc(5) /proc/sysvipc ("Subdirectory containing the pseudo-files msg,
 * sem and shm. These files list the System V Interprocess Communication (IPC)
 * objects ... that currently exist on the system, providing similar
 * information to that available via ipcs(1)."); sysvipc(7); msgctl(2)
 * MSG_STAT_ANY ("any user may read /proc/sysvipc/msg to obtain the same
 * information").
 */
#include <unistd.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "/proc/sysvipc/msg shows the queue's current state and drops it on "
                      "removal",
          .ref = "proc(5) /proc/sysvipc; sysvipc(7); msgctl(2) MSG_STAT_ANY",
          .tags = "proc,msqid_ds");

static void expect_row_matches(int msqid)
{
	struct ipcs_proc_msg row;
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	if (!IPCS_EXPECT_TRUE(IPCS_PROC_MSG_FIND(msqid, &row)))
		return;
	IPCS_EXPECT_EQ(row.key, ds.msg_perm.__key);
	IPCS_EXPECT_EQ(row.perms & 0777, ds.msg_perm.mode & 0777);
	IPCS_EXPECT_EQ(row.cbytes, ds.msg_cbytes);
	IPCS_EXPECT_EQ(row.qnum, ds.msg_qnum);
	IPCS_EXPECT_EQ(row.lspid, ds.msg_lspid);
	IPCS_EXPECT_EQ(row.lrpid, ds.msg_lrpid);
	IPCS_EXPECT_EQ(row.uid, ds.msg_perm.uid);
	IPCS_EXPECT_EQ(row.gid, ds.msg_perm.gid);
	IPCS_EXPECT_EQ(row.cuid, ds.msg_perm.cuid);
	IPCS_EXPECT_EQ(row.cgid, ds.msg_perm.cgid);
	IPCS_EXPECT_EQ(row.stime, ds.msg_stime);
	IPCS_EXPECT_EQ(row.rtime, ds.msg_rtime);
	IPCS_EXPECT_EQ(row.ctime, ds.msg_ctime);
}

IPCS_TEST(row_follows_sends_and_receives)
{
	key_t key = ipcs_unique_key();
	int msqid = ipcs_msgget(key, IPC_CREAT | IPC_EXCL | 0640);
	expect_row_matches(msqid);

	IPCS_MSG_PUT(msqid, 1, "12345");
	IPCS_MSG_PUT(msqid, 2, "678");
	struct ipcs_proc_msg row;
	if (IPCS_ASSERT_TRUE(IPCS_PROC_MSG_FIND(msqid, &row))) {
		IPCS_EXPECT_EQ(row.key, key);
		IPCS_EXPECT_EQ(row.perms & 0777, 0640);
		IPCS_EXPECT_EQ(row.qnum, 2);
		IPCS_EXPECT_EQ(row.cbytes, 8);
		IPCS_EXPECT_EQ(row.lspid, getpid());
		IPCS_EXPECT_EQ(row.uid, geteuid());
	}
	expect_row_matches(msqid);

	IPCS_MSG_EXPECT_RCV(msqid, 0, 0, 1, "12345");
	if (IPCS_ASSERT_TRUE(IPCS_PROC_MSG_FIND(msqid, &row))) {
		IPCS_EXPECT_EQ(row.qnum, 1);
		IPCS_EXPECT_EQ(row.cbytes, 3);
		IPCS_EXPECT_EQ(row.lrpid, getpid());
	}
	expect_row_matches(msqid);
}

IPCS_TEST(row_gone_after_removal)
{
	int msqid = ipcs_msg_new();
	struct ipcs_proc_msg row;
	IPCS_ASSERT_TRUE(IPCS_PROC_MSG_FIND(msqid, &row));
	ipcs_msg_rm(msqid);
	IPCS_EXPECT_TRUE(!IPCS_PROC_MSG_FIND(msqid, &row));
}

IPCS_MAIN(row_follows_sends_and_receives, row_gone_after_removal)
