/*
 * The message-count limit blocks too: with msg_qnum equal to msg_qbytes,
 * msgsnd() of a zero-length message without IPC_NOWAIT sleeps, and completes
 * once a receive lowers msg_qnum.
 *
 * Ref: msgop(2) DESCRIPTION msgsnd() ("A message queue is considered to be
 * full if ... Adding another message to the queue would cause the total
 * number of messages in the queue to exceed the queue's maximum size (the
 * msg_qbytes field)."; "If insufficient space is available in the queue,
 * then the default behavior of msgsnd() is to block until space becomes
 * available.").
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgsnd blocks on a queue full by message count until a receive",
          .ref = "msgop(2) DESCRIPTION msgsnd", .tags = "msgsnd,full,blocking");

static int msqid;

static void send_empty_blocking(void *arg)
{
	(void)arg;
	struct ipcs_msgbuf msg = {.mtype = 9};
	IPCS_EXPECT_OK(msgsnd(msqid, &msg, 0, 0));
}

IPCS_TEST(count_full_blocks_until_receive)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_SET_QBYTES(msqid, 2);
	IPCS_MSG_PUT(msqid, 1, "");
	IPCS_MSG_PUT(msqid, 2, "");
	pid_t sender = ipcs_spawn(send_empty_blocking, NULL);
	IPCS_EXPECT_BLOCKED_IN(sender, "msgsnd");
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qnum, 2);
	IPCS_MSG_EXPECT_RCV(msqid, 0, 0, 1, "");
	IPCS_EXPECT_CHILD_EXIT(sender, 0);
	IPCS_MSG_EXPECT_QUEUE(msqid, {2, ""}, {9, ""});
}

IPCS_MAIN(count_full_blocks_until_receive)
