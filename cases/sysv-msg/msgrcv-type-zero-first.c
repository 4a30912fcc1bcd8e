/*
 * msgrcv() with msgtyp 0 takes the first message in the queue, whatever its
 * type, and leaves the others queued in order.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("If msgtyp is 0, then the first message
 * in the queue is read."); POSIX.1-2017 msgrcv ("If msgtyp is 0, the first
 * message on the queue shall be received.").
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgrcv with msgtyp 0 receives the first message in the queue",
          .ref = "msgop(2) DESCRIPTION msgrcv(); POSIX.1-2017 msgrcv", .tags = "msgrcv,msgtyp");

IPCS_TEST(receives_first_not_lowest_type)
{
	int msqid = ipcs_msg_new();
	/* The first message has the highest type, so "first" and "lowest"
	 * or "highest" cannot be confused. */
	IPCS_MSG_PUT(msqid, 7, "first");
	IPCS_MSG_PUT(msqid, 1, "second");
	IPCS_MSG_PUT(msqid, 3, "third");

	IPCS_MSG_EXPECT_RCV(msqid, 0, 0, 7, "first");
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "second"}, {3, "third"});
}

IPCS_TEST(successive_receives_follow_send_order)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 2, "a");
	IPCS_MSG_PUT(msqid, 9, "b");
	IPCS_MSG_PUT(msqid, 2, "c");

	IPCS_MSG_EXPECT_RCV(msqid, 0, 0, 2, "a");
	IPCS_MSG_EXPECT_RCV(msqid, 0, 0, 9, "b");
	IPCS_MSG_EXPECT_RCV(msqid, 0, 0, 2, "c");
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_MAIN(receives_first_not_lowest_type, successive_receives_follow_send_order)
