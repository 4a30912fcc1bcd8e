/*
 * msgrcv() with msgsz "less than 0" (a size_t that is negative as a long)
 * fails with EINVAL and leaves the queue as it was.
 *
 * Ref: msgop(2) ERRORS ("EINVAL msqid was invalid, or msgsz was less than
 * 0."); ipc/msg.c do_msgrcv checks (long) bufsz < 0.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX, .behavior = "msgrcv with a negative msgsz fails with EINVAL",
          .ref = "msgop(2) ERRORS", .tags = "msgrcv,errno");

IPCS_TEST(negative_size_is_einval)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "stays");
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, (size_t)-1, 0, IPC_NOWAIT), EINVAL);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "stays"});
}

IPCS_MAIN(negative_size_is_einval)
