/*
 * msgsnd() without IPC_NOWAIT on a full queue blocks, and completes once a
 * receive frees enough space; its message is then queued.
 *
 * Ref: msgop(2) DESCRIPTION msgsnd() ("If insufficient space is available in
 * the queue, then the default behavior of msgsnd() is to block until space
 * becomes available."); POSIX.1-2017 msgsnd ("The calling thread shall
 * suspend execution until ... The condition responsible for the suspension
 * no longer exists").
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgsnd on a full queue blocks until a receive makes room",
          .ref = "msgop(2) DESCRIPTION; POSIX.1-2017 msgsnd", .tags = "msgsnd,full,blocking");

static int msqid;

static void send_blocking(void *arg)
{
	(void)arg;
	struct ipcs_msgbuf msg = {.mtype = 2, .mtext = "late"};
	IPCS_EXPECT_OK(msgsnd(msqid, &msg, 4, 0));
}

IPCS_TEST(blocked_sender_completes_after_receive)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_SET_QBYTES(msqid, 8);
	IPCS_MSG_PUT(msqid, 1, "12345678");

	pid_t sender = ipcs_spawn(send_blocking, NULL);
	IPCS_EXPECT_BLOCKED_IN(sender, "msgsnd");
	IPCS_MSG_EXPECT_RCV(msqid, 0, 0, 1, "12345678"); /* makes room */
	IPCS_EXPECT_CHILD_EXIT(sender, 0);
	IPCS_MSG_EXPECT_QUEUE(msqid, {2, "late"});
}

IPCS_TEST(room_too_small_keeps_sender_blocked)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_SET_QBYTES(msqid, 8);
	IPCS_MSG_PUT(msqid, 1, "12");
	IPCS_MSG_PUT(msqid, 1, "345678");

	pid_t sender = ipcs_spawn(send_blocking, NULL);
	IPCS_EXPECT_BLOCKED_IN(sender, "msgsnd");
	/* 2 bytes freed, 4 needed: the sender must stay asleep. */
	IPCS_MSG_EXPECT_RCV(msqid, 0, 0, 1, "12");
	IPCS_EXPECT_BLOCKED_IN(sender, "msgsnd");
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qnum, 1);
	IPCS_MSG_EXPECT_RCV(msqid, 0, 0, 1, "345678");
	IPCS_EXPECT_CHILD_EXIT(sender, 0);
	IPCS_MSG_EXPECT_QUEUE(msqid, {2, "late"});
}

IPCS_MAIN(blocked_sender_completes_after_receive, room_too_small_keeps_sender_blocked)
