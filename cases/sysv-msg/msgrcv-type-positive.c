/*
 * msgrcv() with msgtyp > 0 takes the first message of exactly that type,
 * skipping earlier messages of other (lower and higher) types, which stay
 * queued in order.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("If msgtyp is greater than 0, then the
 * first message in the queue of type msgtyp is read"); POSIX.1-2017 msgrcv
 * ("If msgtyp is greater than 0, the first message of type msgtyp shall be
 * received.").
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgrcv with msgtyp > 0 receives the first message of that type",
          .ref = "msgop(2) DESCRIPTION msgrcv(); POSIX.1-2017 msgrcv", .tags = "msgrcv,msgtyp");

IPCS_TEST(receives_first_of_type_past_others)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "lower");
	IPCS_MSG_PUT(msqid, 9, "higher");
	IPCS_MSG_PUT(msqid, 5, "five-first");
	IPCS_MSG_PUT(msqid, 5, "five-second");
	IPCS_MSG_PUT(msqid, 2, "after");

	IPCS_MSG_EXPECT_RCV(msqid, 5, 0, 5, "five-first");
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "lower"}, {9, "higher"}, {5, "five-second"}, {2, "after"});
}

IPCS_TEST(absent_type_with_nowait_is_enomsg)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 4, "four");
	IPCS_MSG_PUT(msqid, 6, "six");

	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 5, IPC_NOWAIT), ENOMSG);
	IPCS_MSG_EXPECT_QUEUE(msqid, {4, "four"}, {6, "six"});
}

IPCS_MAIN(receives_first_of_type_past_others, absent_type_with_nowait_is_enomsg)
