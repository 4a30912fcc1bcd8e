/*
 * A message sent to a receiver already blocked in msgrcv() is handed to it:
 * the queue ends empty (msg_qnum and msg_cbytes 0), msg_lrpid is the
 * receiver's PID (not the sender's), msg_lspid the sender's, and msg_rtime
 * is set to the current time.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("If no message of the requested type
 * is available ... the calling process is blocked until ... A message of the
 * desired type is placed in the queue"; "Upon successful completion ...
 * msg_lrpid is set to the process ID of the calling process. msg_qnum is
 * decremented by 1. msg_rtime is set to the current time."); ipc/msg.c
 * pipelined_send() gives the message to the sleeping receiver directly and
 * sets q_lrpid and q_rtime for it; POSIX.1-2017 msgrcv.
 */
#include <unistd.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a send to a blocked receiver leaves the queue empty with msg_lrpid the "
                      "receiver's pid and msg_rtime set",
          .ref = "msgop(2) DESCRIPTION msgrcv; POSIX.1-2017 msgrcv",
          .tags = "msgrcv,blocking,msqid_ds");

static int msqid;

static void receive_blocking(void *arg)
{
	(void)arg;
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_EQ(msgrcv(msqid, &msg, sizeof msg.mtext, 0, 0), 5);
	IPCS_EXPECT_EQ(msg.mtype, 7);
}

IPCS_TEST(handoff_updates_receive_fields)
{
	msqid = ipcs_msg_new();
	pid_t receiver = ipcs_spawn(receive_blocking, NULL);
	IPCS_WAIT_IN_MSGRCV(receiver);
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_ASSERT_EQ(ds.msg_rtime, 0);
	long long before = ipcs_realtime_s();
	IPCS_MSG_PUT(msqid, 7, "hello");
	IPCS_EXPECT_CHILD_EXIT(receiver, 0);
	long long after = ipcs_realtime_s();
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qnum, 0);
	IPCS_EXPECT_EQ(ds.msg_cbytes, 0);
	IPCS_EXPECT_EQ(ds.msg_lrpid, receiver);
	IPCS_EXPECT_EQ(ds.msg_lspid, getpid());
	IPCS_EXPECT_GE(ds.msg_rtime, before);
	IPCS_EXPECT_LE(ds.msg_rtime, after);
	IPCS_EXPECT_GE(ds.msg_stime, before);
}

IPCS_MAIN(handoff_updates_receive_fields)
