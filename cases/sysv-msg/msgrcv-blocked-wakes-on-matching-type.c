/*
 * A msgrcv() blocked waiting for type T is not satisfied by a message of
 * another type (which stays queued), and returns with the first message of
 * type T once one is sent.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("If no message of the requested type is
 * available and IPC_NOWAIT isn't specified in msgflg, the calling process is
 * blocked until one of the following conditions occurs: A message of the
 * desired type is placed in the queue."); POSIX.1-2017 msgrcv.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.behavior = "a blocked msgrcv wakes for a message of its type only",
          .ref = "msgop(2) DESCRIPTION msgrcv(); POSIX.1-2017 msgrcv",
          .tags = "msgrcv,blocking,msgtyp");

static int msqid;

static void receive_type_five(void *arg)
{
	(void)arg;
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_EQ(msgrcv(msqid, &msg, sizeof msg.mtext, 5, 0), 4);
	IPCS_EXPECT_EQ(msg.mtype, 5);
	IPCS_EXPECT_MEMEQ(msg.mtext, "five", 4);
}

IPCS_TEST(other_type_does_not_wake_matching_does)
{
	msqid = ipcs_msg_new();
	pid_t receiver = ipcs_spawn(receive_type_five, NULL);
	IPCS_WAIT_IN_MSGRCV(receiver);

	IPCS_MSG_PUT(msqid, 3, "three");
	/* A send hands a message to a matching sleeper at once (ipc/msg.c
	 * pipelined_send); the type-3 message staying queued and the
	 * receiver still asleep show it did not match. */
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qnum, 1);
	IPCS_WAIT_IN_MSGRCV(receiver);

	IPCS_MSG_PUT(msqid, 5, "five");
	IPCS_EXPECT_CHILD_EXIT(receiver, 0);
	IPCS_MSG_EXPECT_QUEUE(msqid, {3, "three"});
}

IPCS_MAIN(other_type_does_not_wake_matching_does)
