/*
 * IPC_SET may lower msg_qbytes below the bytes already queued: the messages
 * stay and can be received, msg_cbytes then exceeds msg_qbytes, and the
 * queue counts as full (msgsnd with IPC_NOWAIT fails with EAGAIN, even for a
 * zero-length message) until receives bring it below the new limit.
 *
 * Ref: msgctl(2) IPC_SET ("The following members of the structure are
 * updated: msg_qbytes"); msgop(2) DESCRIPTION msgsnd() ("A message queue is
 * considered to be full if ... Adding a new message to the queue would cause
 * the total number of bytes in the queue to exceed the queue's maximum size
 * (the msg_qbytes field)"), ERRORS EAGAIN. Nothing documents dropping
 * messages on IPC_SET, and Linux does not (ipc/msg.c msgctl_down()).
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "lowering msg_qbytes below the queued bytes keeps the messages and makes "
                      "the queue full",
          .ref = "msgctl(2) IPC_SET; msgop(2) DESCRIPTION msgsnd, ERRORS EAGAIN",
          .tags = "msgctl,msgsnd,full");

IPCS_TEST(messages_survive_and_queue_is_full)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "aaaaaaaa");
	IPCS_MSG_PUT(msqid, 2, "bbbbbbbb");
	IPCS_MSG_SET_QBYTES(msqid, 10);
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qbytes, 10);
	IPCS_EXPECT_EQ(ds.msg_cbytes, 16);
	IPCS_EXPECT_EQ(ds.msg_qnum, 2);
	struct ipcs_msgbuf msg = {.mtype = 3};
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, 0, IPC_NOWAIT), EAGAIN);
	IPCS_MSG_EXPECT_RCV(msqid, 0, 0, 1, "aaaaaaaa");
	/* 8 bytes left: 2 more fit, 3 do not. */
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, 3, IPC_NOWAIT), EAGAIN);
	msg.mtext[0] = 'c';
	msg.mtext[1] = 'c';
	IPCS_EXPECT_OK(msgsnd(msqid, &msg, 2, IPC_NOWAIT));
	IPCS_MSG_EXPECT_QUEUE(msqid, {2, "bbbbbbbb"}, {3, "cc"});
}

IPCS_MAIN(messages_survive_and_queue_is_full)
