/*
 * Messages of one type are received in the order they were sent, whichever
 * msgtyp form selects them, even when other types are interleaved.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("the first message in the queue of
 * type msgtyp is read"; msgsnd() "appends" to the queue); POSIX.1-2017
 * msgrcv ("the first message of type msgtyp").
 */
#include <stdio.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "messages of one type are received in the order they were sent",
          .ref = "msgop(2) DESCRIPTION; POSIX.1-2017 msgrcv", .tags = "msgrcv,msgtyp,order");

enum { PER_TYPE = 20 };

static void fill(int msqid)
{
	char text[16];
	for (int i = 0; i < PER_TYPE; i++) {
		for (long type = 1; type <= 3; type++) {
			snprintf(text, sizeof text, "t%ld-%d", type, i);
			IPCS_MSG_PUT(msqid, type, text);
		}
	}
}

IPCS_TEST(positive_msgtyp_keeps_send_order)
{
	int msqid = ipcs_msg_new();
	fill(msqid);
	char text[16];
	for (long type = 3; type >= 1; type--) {
		for (int i = 0; i < PER_TYPE; i++) {
			snprintf(text, sizeof text, "t%ld-%d", type, i);
			if (!IPCS_MSG_EXPECT_RCV(msqid, type, 0, type, text))
				return;
		}
	}
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_TEST(negative_msgtyp_keeps_send_order)
{
	int msqid = ipcs_msg_new();
	fill(msqid);
	char text[16];
	/* -3 drains type 1 first, in order, then 2, then 3. */
	for (long type = 1; type <= 3; type++) {
		for (int i = 0; i < PER_TYPE; i++) {
			snprintf(text, sizeof text, "t%ld-%d", type, i);
			if (!IPCS_MSG_EXPECT_RCV(msqid, -3, 0, type, text))
				return;
		}
	}
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_MAIN(positive_msgtyp_keeps_send_order, negative_msgtyp_keeps_send_order)
