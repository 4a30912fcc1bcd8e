/*
 * A message longer than the queue's msg_qbytes (but within MSGMAX) never
 * fits, even in an empty queue: msgsnd() with IPC_NOWAIT fails with EAGAIN
 * and queues nothing, and without IPC_NOWAIT it blocks until the queue is
 * removed (EIDRM).
 *
 * Ref: msgop(2) DESCRIPTION msgsnd() ("A message queue is considered to be
 * full if ... Adding a new message to the queue would cause the total number
 * of bytes in the queue to exceed the queue's maximum size (the msg_qbytes
 * field)"; "If insufficient space is available in the queue, then the
 * default behavior of msgsnd() is to block until space becomes available. If
 * IPC_NOWAIT is specified in msgflg, then the call instead fails with the
 * error EAGAIN."), ERRORS EAGAIN, EIDRM; POSIX.1-2017 msgsnd.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgsnd of a message longer than msg_qbytes: EAGAIN with IPC_NOWAIT, "
                      "else it blocks even on an empty queue",
          .ref = "msgop(2) DESCRIPTION msgsnd, ERRORS EAGAIN; POSIX.1-2017 msgsnd",
          .tags = "msgsnd,full,errno");

static int msqid;

static void send_too_long(void *arg)
{
	(void)arg;
	struct ipcs_msgbuf msg = {.mtype = 1, .mtext = "0123456789"};
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, 10, 0), EIDRM);
}

IPCS_TEST(nowait_on_empty_queue_is_eagain)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_SET_QBYTES(msqid, 9);
	struct ipcs_msgbuf msg = {.mtype = 1, .mtext = "0123456789"};
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, 10, IPC_NOWAIT), EAGAIN);
	IPCS_MSG_EXPECT_EMPTY(msqid);
	IPCS_EXPECT_OK(msgsnd(msqid, &msg, 9, IPC_NOWAIT)); /* the boundary fits */
}

IPCS_TEST(blocks_on_empty_queue)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_SET_QBYTES(msqid, 9);
	pid_t sender = ipcs_spawn(send_too_long, NULL);
	IPCS_EXPECT_BLOCKED_IN(sender, "msgsnd");
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qnum, 0);
	ipcs_msg_rm(msqid);
	IPCS_EXPECT_CHILD_EXIT(sender, 0);
}

IPCS_MAIN(nowait_on_empty_queue_is_eagain, blocks_on_empty_queue)
