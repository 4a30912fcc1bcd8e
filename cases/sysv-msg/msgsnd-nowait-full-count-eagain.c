/*
 * A queue also counts as full when one more message would make msg_qnum
 * exceed msg_qbytes, even for zero-length messages: msgsnd() with IPC_NOWAIT
 * then fails with EAGAIN.
 *
 * Ref: msgop(2) DESCRIPTION msgsnd() ("Adding another message to the queue
 * would cause the total number of messages in the queue to exceed the queue's
 * maximum size (the msg_qbytes field). This check is necessary to prevent an
 * unlimited number of zero-length messages being placed on the queue."),
 * ERRORS EAGAIN.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgsnd IPC_NOWAIT fails with EAGAIN once msg_qnum would exceed "
                      "msg_qbytes",
          .ref = "msgop(2) DESCRIPTION, ERRORS", .tags = "msgsnd,full,errno");

IPCS_TEST(full_by_count_is_eagain)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_SET_QBYTES(msqid, 3);
	for (int i = 0; i < 3; i++)
		IPCS_MSG_PUT(msqid, 1, "");

	long mtype = 1;
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &mtype, 0, IPC_NOWAIT), EAGAIN);
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qnum, 3);
	IPCS_EXPECT_EQ(ds.msg_cbytes, 0);
}

IPCS_MAIN(full_by_count_is_eagain)
