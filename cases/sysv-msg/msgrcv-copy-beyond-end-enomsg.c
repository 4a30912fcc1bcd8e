/*
 * msgrcv() with MSG_COPY | IPC_NOWAIT and a position at or past the number
 * of queued messages fails at once with ENOMSG.
 *
 * Ref: msgop(2) DESCRIPTION MSG_COPY ("if there is no message available at
 * the given position, the call fails immediately with the error ENOMSG"),
 * ERRORS ENOMSG. Linux-specific; needs CONFIG_CHECKPOINT_RESTORE.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgrcv MSG_COPY of a position past the last message fails with ENOMSG",
          .ref = "msgop(2) DESCRIPTION MSG_COPY, ERRORS", .features = "msg_copy",
          .min_kernel = "3.8", .tags = "msgrcv,msg_copy,errno,linux-specific");

#ifdef HAVE_MSG_COPY
IPCS_TEST(position_past_end_is_enomsg)
{
	ipcs_msg_require_copy();
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "pos0");
	IPCS_MSG_PUT(msqid, 1, "pos1");

	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 2, MSG_COPY | IPC_NOWAIT), ENOMSG);
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 100, MSG_COPY | IPC_NOWAIT),
	                  ENOMSG);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "pos0"}, {1, "pos1"});
}

IPCS_TEST(empty_queue_is_enomsg)
{
	ipcs_msg_require_copy();
	int msqid = ipcs_msg_new();
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 0, MSG_COPY | IPC_NOWAIT), ENOMSG);
}

IPCS_MAIN(position_past_end_is_enomsg, empty_queue_is_enomsg)
#else
IPCS_TEST(position_past_end_is_enomsg)
{
	IPCS_SKIP("built without MSG_COPY");
}
IPCS_MAIN(position_past_end_is_enomsg)
#endif
