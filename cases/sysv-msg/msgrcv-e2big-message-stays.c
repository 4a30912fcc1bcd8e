/*
 * msgrcv() of a message longer than msgsz, without MSG_NOERROR, fails with
 * E2BIG and the message stays on the queue, whole and in place.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("if MSG_NOERROR is not specified, then
 * the message isn't removed from the queue and the system call fails
 * returning -1 with errno set to E2BIG"), ERRORS E2BIG; POSIX.1-2017 msgrcv
 * [E2BIG].
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgrcv of a message longer than msgsz fails with E2BIG and leaves it "
                      "queued",
          .ref = "msgop(2) DESCRIPTION, ERRORS; POSIX.1-2017 msgrcv", .tags = "msgrcv,errno");

IPCS_TEST(too_long_is_e2big_and_stays)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "hello world");
	IPCS_MSG_PUT(msqid, 2, "next");

	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, 5, 0, IPC_NOWAIT), E2BIG);
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, 10, 1, IPC_NOWAIT), E2BIG);
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_cbytes, 15);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "hello world"}, {2, "next"});
}

IPCS_TEST(exact_size_is_not_e2big)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "hello world");
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_EQ(msgrcv(msqid, &msg, 11, 0, IPC_NOWAIT), 11);
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_MAIN(too_long_is_e2big_and_stays, exact_size_is_not_e2big)
