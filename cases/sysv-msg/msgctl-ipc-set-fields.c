/*
 * IPC_SET writes msg_perm.uid, msg_perm.gid, the low 9 bits of
 * msg_perm.mode and msg_qbytes, updates msg_ctime, and changes nothing else
 * (creator ids, counters, messages).
 *
 * Ref: msgctl(2) IPC_SET ("Write the values of some members of the msqid_ds
 * structure ... updating also its msg_ctime member. The following members of
 * the structure are updated: msg_qbytes, msg_perm.uid, msg_perm.gid, and (the
 * least significant 9 bits of) msg_perm.mode."); POSIX.1-2017 msgctl IPC_SET.
 */
#include <time.h>
#include <unistd.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_SET updates uid, gid, mode bits, msg_qbytes and msg_ctime only",
          .ref = "msgctl(2) IPC_SET; POSIX.1-2017 msgctl", .tags = "msgctl,ipc_set");

IPCS_TEST(set_writes_documented_members)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "kept");
	struct msqid_ds before, ds;
	IPCS_MSG_STAT(msqid, &before);

	ds = before;
	ipcs_require_mapped(ipcs_user_uid(0), ipcs_user_gid(0));
	ds.msg_perm.uid = ipcs_user_uid(0);
	ds.msg_perm.gid = ipcs_user_gid(0);
	ds.msg_perm.mode = 07640; /* bits above 0777 must not be taken */
	ds.msg_qbytes = before.msg_qbytes - 1;
	/* Members that IPC_SET must ignore. */
	ds.msg_perm.cuid = ipcs_user_uid(0) + 1;
	ds.msg_qnum = 99;
	ds.msg_lspid = 1;
	ds.msg_stime = 12345;
	ds.msg_ctime = 1;
	time_t t0 = ipcs_realtime_s();
	IPCS_ASSERT_OK(msgctl(msqid, IPC_SET, &ds));
	time_t t1 = ipcs_realtime_s();

	struct msqid_ds after;
	IPCS_MSG_STAT(msqid, &after);
	IPCS_EXPECT_EQ(after.msg_perm.uid, ipcs_user_uid(0));
	IPCS_EXPECT_EQ(after.msg_perm.gid, ipcs_user_gid(0));
	IPCS_EXPECT_EQ(after.msg_perm.mode & 07777, 0640);
	IPCS_EXPECT_EQ(after.msg_qbytes, before.msg_qbytes - 1);
	IPCS_EXPECT_GE(after.msg_ctime, t0);
	IPCS_EXPECT_LE(after.msg_ctime, t1);
	IPCS_EXPECT_EQ(after.msg_perm.cuid, before.msg_perm.cuid);
	IPCS_EXPECT_EQ(after.msg_perm.cgid, before.msg_perm.cgid);
	IPCS_EXPECT_EQ(after.msg_qnum, 1);
	IPCS_EXPECT_EQ(after.msg_lspid, before.msg_lspid);
	IPCS_EXPECT_EQ(after.msg_stime, before.msg_stime);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "kept"});
}

IPCS_MAIN(set_writes_documented_members)
