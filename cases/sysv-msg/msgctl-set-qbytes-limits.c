/*
 * IPC_SET may lower msg_qbytes, or raise it up to MSGMNB, without privilege,
 * and the new value governs sends; raising it beyond MSGMNB without
 * CAP_SYS_RESOURCE fails with EPERM and leaves it unchanged.
 *
 * Ref: msgctl(2) IPC_SET ("Appropriate privilege (Linux: the CAP_SYS_RESOURCE
 * capability) is required to raise the msg_qbytes value beyond the system
 * parameter MSGMNB."), ERRORS EPERM; msgop(2) NOTES MSGMNB; POSIX.1-2017
 * msgctl ("Only a process with appropriate privileges can raise the value of
 * msg_qbytes.") -- Linux allows raising up to MSGMNB (ipc/msg.c msgctl_down).
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_SET lowers msg_qbytes freely; beyond MSGMNB needs CAP_SYS_RESOURCE "
                      "(EPERM)",
          .ref = "msgctl(2) IPC_SET, ERRORS; msgop(2) NOTES; POSIX.1-2017 msgctl",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "msgctl,ipc_set,limits,permissions");

static int msqid;
static long msgmnb;

static void qbytes_as_owner(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	struct msqid_ds ds;
	IPCS_ASSERT_OK(msgctl(msqid, IPC_STAT, &ds));

	ds.msg_qbytes = 5;
	IPCS_EXPECT_OK(msgctl(msqid, IPC_SET, &ds));
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qbytes, 5);
	struct ipcs_msgbuf msg = {.mtype = 1, .mtext = "123456"};
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, 6, IPC_NOWAIT), EAGAIN);

	ds.msg_qbytes = (unsigned long)msgmnb;
	IPCS_EXPECT_OK(msgctl(msqid, IPC_SET, &ds));

	ds.msg_qbytes = (unsigned long)msgmnb + 1;
	IPCS_EXPECT_ERRNO(msgctl(msqid, IPC_SET, &ds), EPERM);
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qbytes, msgmnb);
}

IPCS_TEST(unprivileged_owner_within_msgmnb_only)
{
	struct ipcs_msg_limits lim;
	ipcs_msg_limits(&lim);
	msgmnb = lim.msgmnb;
	msqid = ipcs_msg_new();
	/* Hand the queue to the unprivileged identity. */
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	ds.msg_perm.uid = ipcs_user_uid(0);
	ds.msg_perm.gid = ipcs_user_gid(0);
	IPCS_SAFE(msgctl(msqid, IPC_SET, &ds));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(qbytes_as_owner, NULL), 0);
}

IPCS_TEST(cap_sys_resource_raises_beyond_msgmnb)
{
	ipcs_require_cap(IPCS_CAP_SYS_RESOURCE);
	struct ipcs_msg_limits lim;
	ipcs_msg_limits(&lim);
	msqid = ipcs_msg_new();
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	ds.msg_qbytes = (unsigned long)lim.msgmnb * 2;
	IPCS_EXPECT_OK(msgctl(msqid, IPC_SET, &ds));
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qbytes, lim.msgmnb * 2);
}

IPCS_MAIN(unprivileged_owner_within_msgmnb_only, cap_sys_resource_raises_beyond_msgmnb)
