/*
 * A successful msgsnd() sets msg_lspid to the sender's PID, adds 1 to
 * msg_qnum and the text size to msg_cbytes, sets msg_stime to the current
 * time, and leaves the receive fields and msg_ctime alone.
 *
 * Ref: msgop(2) DESCRIPTION msgsnd() ("Upon successful completion the message
 * queue data structure is updated as follows: msg_lspid is set to the process
 * ID of the calling process. msg_qnum is incremented by 1. msg_stime is set
 * to the current time."); msgctl(2) msg_cbytes; POSIX.1-2017 msgsnd.
 */
#include <time.h>
#include <unistd.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgsnd updates msg_lspid, msg_qnum, msg_cbytes and msg_stime only",
          .ref = "msgop(2) DESCRIPTION msgsnd(); msgctl(2); POSIX.1-2017 msgsnd",
          .tags = "msgsnd,msqid_ds");

static int msqid;

static void send_three_bytes(void *arg)
{
	(void)arg;
	IPCS_MSG_PUT(msqid, 4, "abc");
}

IPCS_TEST(send_updates_documented_fields)
{
	msqid = ipcs_msg_new();
	/* A receive first, so that the receive fields are not simply 0. */
	IPCS_MSG_PUT(msqid, 1, "z");
	IPCS_MSG_EXPECT_RCV(msqid, 0, 0, 1, "z");
	IPCS_MSG_PUT(msqid, 2, "hello");
	struct msqid_ds before;
	IPCS_MSG_STAT(msqid, &before);

	time_t t0 = ipcs_realtime_s();
	pid_t sender = ipcs_spawn(send_three_bytes, NULL);
	IPCS_ASSERT_TRUE(IPCS_EXPECT_CHILD_EXIT(sender, 0));
	time_t t1 = ipcs_realtime_s();

	struct msqid_ds after;
	IPCS_MSG_STAT(msqid, &after);
	IPCS_EXPECT_EQ(after.msg_lspid, sender);
	IPCS_EXPECT_EQ(after.msg_qnum, before.msg_qnum + 1);
	IPCS_EXPECT_EQ(after.msg_cbytes, before.msg_cbytes + 3);
	IPCS_EXPECT_GE(after.msg_stime, t0);
	IPCS_EXPECT_LE(after.msg_stime, t1);
	IPCS_EXPECT_EQ(after.msg_lrpid, getpid());
	IPCS_EXPECT_EQ(after.msg_rtime, before.msg_rtime);
	IPCS_EXPECT_EQ(after.msg_ctime, before.msg_ctime);
	IPCS_EXPECT_EQ(after.msg_qbytes, before.msg_qbytes);
}

IPCS_TEST(failed_send_changes_nothing)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 2, "hello");
	struct msqid_ds before, after;
	IPCS_MSG_STAT(msqid, &before);
	struct ipcs_msgbuf bad = {.mtype = 0, .mtext = "x"};
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &bad, 1, IPC_NOWAIT), EINVAL);
	IPCS_MSG_STAT(msqid, &after);
	IPCS_EXPECT_EQ(after.msg_qnum, before.msg_qnum);
	IPCS_EXPECT_EQ(after.msg_cbytes, before.msg_cbytes);
	IPCS_EXPECT_EQ(after.msg_lspid, before.msg_lspid);
}

IPCS_MAIN(send_updates_documented_fields, failed_send_changes_nothing)
