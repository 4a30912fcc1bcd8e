/*
 * A queue that msgget() creates starts with its documented msqid_ds: owner
 * and creator are the caller's effective ids, mode is the low 9 bits of
 * msgflg, counters, pids and send/receive times are 0, msg_ctime is the
 * creation time and msg_qbytes is MSGMNB (/proc/sys/kernel/msgmnb).
 *
 * Ref: msgget(2) DESCRIPTION ("If a new message queue is created, then its
 * associated data structure msqid_ds ... is initialized as follows"); proc(5)
 * /proc/sys/kernel/msgmnb; POSIX.1-2017 msgget.
 */
#include <time.h>
#include <unistd.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a new queue's msqid_ds is initialized as msgget(2) lists, msg_qbytes "
                      "from msgmnb",
          .ref = "msgget(2) DESCRIPTION; proc(5) msgmnb; POSIX.1-2017 msgget",
          .tags = "msgget,msqid_ds");

IPCS_TEST(every_field_initialized)
{
	struct ipcs_msg_limits lim;
	ipcs_msg_limits(&lim);
	key_t key = ipcs_unique_key();
	time_t before = ipcs_realtime_s();
	int msqid = ipcs_msgget(key, IPC_CREAT | IPC_EXCL | 0640);
	time_t after = ipcs_realtime_s();

	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_perm.__key, key);
	IPCS_EXPECT_EQ(ds.msg_perm.uid, geteuid());
	IPCS_EXPECT_EQ(ds.msg_perm.cuid, geteuid());
	IPCS_EXPECT_EQ(ds.msg_perm.gid, getegid());
	IPCS_EXPECT_EQ(ds.msg_perm.cgid, getegid());
	IPCS_EXPECT_EQ(ds.msg_perm.mode & 0777, 0640);
	IPCS_EXPECT_EQ(ds.msg_qnum, 0);
	IPCS_EXPECT_EQ(ds.msg_cbytes, 0);
	IPCS_EXPECT_EQ(ds.msg_lspid, 0);
	IPCS_EXPECT_EQ(ds.msg_lrpid, 0);
	IPCS_EXPECT_EQ(ds.msg_stime, 0);
	IPCS_EXPECT_EQ(ds.msg_rtime, 0);
	IPCS_EXPECT_GE(ds.msg_ctime, before);
	IPCS_EXPECT_LE(ds.msg_ctime, after);
	IPCS_EXPECT_EQ(ds.msg_qbytes, lim.msgmnb);
}

IPCS_TEST(mode_keeps_only_low_nine_bits)
{
	/* IPC_CREAT and IPC_EXCL live above the permission bits; the
	 * execute bits are kept though unused. */
	int msqid = ipcs_msgget(ipcs_unique_key(), IPC_CREAT | IPC_EXCL | 0751);
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_perm.mode & 0777, 0751);
	IPCS_EXPECT_EQ(ds.msg_perm.mode & (IPC_CREAT | IPC_EXCL), 0);
}

IPCS_MAIN(every_field_initialized, mode_keeps_only_low_nine_bits)
