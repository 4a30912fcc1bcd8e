/*
 * msgrcv() with msgtyp < 0 takes the first message of the lowest type that
 * is <= |msgtyp|: not simply the first message, not one above |msgtyp|, and
 * among several of that lowest type the earliest.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("If msgtyp is less than 0, then the
 * first message in the queue with the lowest type less than or equal to the
 * absolute value of msgtyp will be read."); POSIX.1-2017 msgrcv ("If msgtyp is
 * less than 0, the first message of the lowest type that is less than or
 * equal to the absolute value of msgtyp shall be received.").
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgrcv with msgtyp < 0 receives the first message of the lowest type "
                      "<= |msgtyp|",
          .ref = "msgop(2) DESCRIPTION msgrcv(); POSIX.1-2017 msgrcv", .tags = "msgrcv,msgtyp");

IPCS_TEST(receives_lowest_type_not_first)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 4, "four");
	IPCS_MSG_PUT(msqid, 3, "three-first");
	IPCS_MSG_PUT(msqid, 1, "one-first"); /* lowest overall: earliest of it wins */
	IPCS_MSG_PUT(msqid, 1, "one-second");
	IPCS_MSG_PUT(msqid, 3, "three-second");

	IPCS_MSG_EXPECT_RCV(msqid, -5, 0, 1, "one-first");
	IPCS_MSG_EXPECT_QUEUE(msqid, {4, "four"}, {3, "three-first"}, {1, "one-second"},
	                      {3, "three-second"});
}

IPCS_TEST(types_above_bound_are_ignored)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 9, "nine");
	IPCS_MSG_PUT(msqid, 6, "six");
	IPCS_MSG_PUT(msqid, 3, "three");
	IPCS_MSG_PUT(msqid, 2, "two"); /* the lowest <= 4 ... */
	IPCS_MSG_PUT(msqid, 4, "four");

	/* ... and with bound 4 the lowest is 2; bound 1 finds nothing */
	IPCS_MSG_EXPECT_RCV(msqid, -4, 0, 2, "two");
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, -1, IPC_NOWAIT), ENOMSG);
	IPCS_MSG_EXPECT_QUEUE(msqid, {9, "nine"}, {6, "six"}, {3, "three"}, {4, "four"});
}

IPCS_TEST(type_equal_to_bound_is_eligible)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 8, "eight");
	IPCS_MSG_PUT(msqid, 5, "five");

	IPCS_MSG_EXPECT_RCV(msqid, -5, 0, 5, "five");
	IPCS_MSG_EXPECT_QUEUE(msqid, {8, "eight"});
}

IPCS_MAIN(receives_lowest_type_not_first, types_above_bound_are_ignored,
          type_equal_to_bound_is_eligible)
