/*
 * msgctl() with a cmd that is not one of the documented operations fails
 * with EINVAL and leaves the queue as it was.
 *
 * Ref: msgctl(2) ERRORS ("EINVAL Invalid value for cmd or msqid");
 * POSIX.1-2017 msgctl [EINVAL] ("The value of msqid is not a valid message
 * queue identifier; or the value of cmd is not a valid command").
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgctl with an unknown cmd fails with EINVAL and changes nothing",
          .ref = "msgctl(2) ERRORS EINVAL; POSIX.1-2017 msgctl", .tags = "msgctl,errno");

/* Unused by Linux: the commands are 0-2 (IPC_RMID, IPC_SET, IPC_STAT), 3
 * (IPC_INFO) and 11-13 (MSG_STAT, MSG_INFO, MSG_STAT_ANY); the kernel
 * strips the IPC_64 bit (0x100) before it decodes cmd. */
static const int unknown_cmds[] = {4, 10, 14, 99, 0x7fff, -1};

IPCS_TEST(unknown_cmd_is_einval)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "kept");
	struct msqid_ds before, ds;
	IPCS_MSG_STAT(msqid, &before);
	for (size_t i = 0; i < sizeof unknown_cmds / sizeof unknown_cmds[0]; i++) {
		ds = before;
		if (!IPCS_EXPECT_ERRNO(msgctl(msqid, unknown_cmds[i], &ds), EINVAL))
			IPCS_NOTE("cmd %d was accepted", unknown_cmds[i]);
	}
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_perm.mode, before.msg_perm.mode);
	IPCS_EXPECT_EQ(ds.msg_qbytes, before.msg_qbytes);
	IPCS_EXPECT_EQ(ds.msg_ctime, before.msg_ctime);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "kept"});
}

IPCS_MAIN(unknown_cmd_is_einval)
