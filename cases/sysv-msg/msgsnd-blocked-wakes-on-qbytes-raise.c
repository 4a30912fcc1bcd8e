/*
 * A msgsnd() blocked on a full queue completes, with no message received,
 * once IPC_SET raises msg_qbytes enough for its message; a raise that is
 * still too small leaves it blocked.
 *
 * Ref: msgop(2) DESCRIPTION msgsnd() ("The queue capacity is governed by the
 * msg_qbytes field ... this limit can be modified using msgctl(2)"; "the
 * default behavior of msgsnd() is to block until space becomes available");
 * msgctl(2) IPC_SET msg_qbytes; ipc/msg.c msgctl_down() wakes sleeping
 * senders ("Sleeping senders might be able to send due to a larger queue
 * size").
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a sender blocked on a full queue completes when IPC_SET raises msg_qbytes",
          .ref = "msgop(2) DESCRIPTION msgsnd; msgctl(2) IPC_SET",
          .tags = "msgsnd,msgctl,full,blocking");

static int msqid;

static void send_blocking(void *arg)
{
	(void)arg;
	struct ipcs_msgbuf msg = {.mtype = 2, .mtext = "late"};
	IPCS_EXPECT_OK(msgsnd(msqid, &msg, 4, 0));
}

IPCS_TEST(raise_lets_sender_complete)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_SET_QBYTES(msqid, 8);
	IPCS_MSG_PUT(msqid, 1, "12345678");
	pid_t sender = ipcs_spawn(send_blocking, NULL);
	IPCS_EXPECT_BLOCKED_IN(sender, "msgsnd");
	IPCS_MSG_SET_QBYTES(msqid, 12);
	IPCS_EXPECT_CHILD_EXIT(sender, 0);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "12345678"}, {2, "late"});
}

IPCS_TEST(too_small_raise_keeps_sender_blocked)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_SET_QBYTES(msqid, 8);
	IPCS_MSG_PUT(msqid, 1, "12345678");
	pid_t sender = ipcs_spawn(send_blocking, NULL);
	IPCS_EXPECT_BLOCKED_IN(sender, "msgsnd");
	IPCS_MSG_SET_QBYTES(msqid, 11); /* 8 + 4 > 11 */
	IPCS_EXPECT_BLOCKED_IN(sender, "msgsnd");
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qnum, 1);
	IPCS_MSG_SET_QBYTES(msqid, 12);
	IPCS_EXPECT_CHILD_EXIT(sender, 0);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "12345678"}, {2, "late"});
}

IPCS_MAIN(raise_lets_sender_complete, too_small_raise_keeps_sender_blocked)
