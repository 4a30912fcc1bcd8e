/*
 * A message with no text (msgsz 0) can be sent and received: it counts in
 * msg_qnum but adds nothing to msg_cbytes, and msgrcv() returns 0 with the
 * type.
 *
 * Ref: msgop(2) DESCRIPTION ("Messages of zero length (i.e., no mtext field)
 * are permitted."); POSIX.1-2017 msgsnd ("msgsz ... can range from 0").
 */
#include <string.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a zero-length message is queued, counted and received with its type",
          .ref = "msgop(2) DESCRIPTION; POSIX.1-2017 msgsnd", .tags = "msgsnd,msgrcv");

IPCS_TEST(zero_length_round_trip)
{
	int msqid = ipcs_msg_new();
	long mtype = 6; /* no mtext at all: only the type is readable */
	IPCS_ASSERT_OK(msgsnd(msqid, &mtype, 0, IPC_NOWAIT));

	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qnum, 1);
	IPCS_EXPECT_EQ(ds.msg_cbytes, 0);

	struct ipcs_msgbuf in;
	memset(&in, 0x5a, sizeof in);
	IPCS_EXPECT_EQ(msgrcv(msqid, &in, sizeof in.mtext, 0, IPC_NOWAIT), 0);
	IPCS_EXPECT_EQ(in.mtype, 6);
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_TEST(zero_length_received_into_zero_buffer)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 2, "");
	long mtype = 0;
	IPCS_EXPECT_EQ(msgrcv(msqid, &mtype, 0, 2, IPC_NOWAIT), 0);
	IPCS_EXPECT_EQ(mtype, 2);
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_MAIN(zero_length_round_trip, zero_length_received_into_zero_buffer)
