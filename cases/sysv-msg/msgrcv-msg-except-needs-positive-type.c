/*
 * MSG_EXCEPT changes only a positive msgtyp: with msgtyp 0 msgrcv() still
 * takes the first message, and with a negative msgtyp still the lowest type
 * up to |msgtyp|, as without the flag.
 *
 * Ref: msgop(2) MSG_EXCEPT ("Used with msgtyp greater than 0 to read the
 * first message in the queue with message type that differs from msgtyp"),
 * DESCRIPTION ("If msgtyp is 0, then the first message in the queue is
 * read"); ipc/msg.c convert_mode() decides msgtyp 0 and msgtyp < 0 before
 * it looks at MSG_EXCEPT. Linux-specific.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MSG_EXCEPT is ignored for msgtyp 0 and msgtyp < 0",
          .ref = "msgop(2) MSG_EXCEPT, DESCRIPTION msgrcv; ipc/msg.c convert_mode",
          .tags = "msgrcv,msgtyp,msg_except,linux-specific");

IPCS_TEST(zero_type_takes_first)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 4, "first");
	IPCS_MSG_PUT(msqid, 2, "second");
	IPCS_MSG_EXPECT_RCV(msqid, 0, MSG_EXCEPT, 4, "first");
	IPCS_MSG_EXPECT_QUEUE(msqid, {2, "second"});
}

IPCS_TEST(negative_type_takes_lowest)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 9, "nine");
	IPCS_MSG_PUT(msqid, 4, "four");
	IPCS_MSG_PUT(msqid, 2, "two");
	/* Without the flag: the lowest type <= 4, 2. Were MSG_EXCEPT applied
	 * (any type other than 4, or other than <= 4) it would be "nine". */
	IPCS_MSG_EXPECT_RCV(msqid, -4, MSG_EXCEPT, 2, "two");
	IPCS_MSG_EXPECT_QUEUE(msqid, {9, "nine"}, {4, "four"});
}

IPCS_MAIN(zero_type_takes_first, negative_type_takes_lowest)
