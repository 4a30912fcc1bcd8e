/*
 * A successful msgrcv() sets msg_lrpid to the receiver's PID, takes 1 from
 * msg_qnum and the text size from msg_cbytes, sets msg_rtime to the current
 * time, and leaves the send fields and msg_ctime alone.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("Upon successful completion the message
 * queue data structure is updated as follows: msg_lrpid is set to the process
 * ID of the calling process. msg_qnum is decremented by 1. msg_rtime is set
 * to the current time."); msgctl(2) msg_cbytes; POSIX.1-2017 msgrcv.
 */
#include <time.h>
#include <unistd.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgrcv updates msg_lrpid, msg_qnum, msg_cbytes and msg_rtime only",
          .ref = "msgop(2) DESCRIPTION msgrcv(); msgctl(2); POSIX.1-2017 msgrcv",
          .tags = "msgrcv,msqid_ds");

static int msqid;

static void receive_hello(void *arg)
{
	(void)arg;
	IPCS_MSG_EXPECT_RCV(msqid, 0, 0, 2, "hello");
}

IPCS_TEST(receive_updates_documented_fields)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 2, "hello");
	IPCS_MSG_PUT(msqid, 3, "rest");
	struct msqid_ds before;
	IPCS_MSG_STAT(msqid, &before);

	time_t t0 = ipcs_realtime_s();
	pid_t receiver = ipcs_spawn(receive_hello, NULL);
	IPCS_ASSERT_TRUE(IPCS_EXPECT_CHILD_EXIT(receiver, 0));
	time_t t1 = ipcs_realtime_s();

	struct msqid_ds after;
	IPCS_MSG_STAT(msqid, &after);
	IPCS_EXPECT_EQ(after.msg_lrpid, receiver);
	IPCS_EXPECT_EQ(after.msg_qnum, before.msg_qnum - 1);
	IPCS_EXPECT_EQ(after.msg_cbytes, before.msg_cbytes - 5);
	IPCS_EXPECT_GE(after.msg_rtime, t0);
	IPCS_EXPECT_LE(after.msg_rtime, t1);
	IPCS_EXPECT_EQ(after.msg_lspid, getpid());
	IPCS_EXPECT_EQ(after.msg_stime, before.msg_stime);
	IPCS_EXPECT_EQ(after.msg_ctime, before.msg_ctime);
}

IPCS_TEST(failed_receive_changes_nothing)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 2, "hello");
	struct msqid_ds before, after;
	IPCS_MSG_STAT(msqid, &before);
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 9, IPC_NOWAIT), ENOMSG);
	IPCS_MSG_STAT(msqid, &after);
	IPCS_EXPECT_EQ(after.msg_qnum, before.msg_qnum);
	IPCS_EXPECT_EQ(after.msg_cbytes, before.msg_cbytes);
	IPCS_EXPECT_EQ(after.msg_lrpid, 0);
	IPCS_EXPECT_EQ(after.msg_rtime, 0);
}

IPCS_MAIN(receive_updates_documented_fields, failed_receive_changes_nothing)
