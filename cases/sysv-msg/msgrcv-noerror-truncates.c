/*
 * msgrcv() with MSG_NOERROR of a message longer than msgsz copies only the
 * first msgsz bytes, returns msgsz, leaves the rest of the buffer untouched
 * and removes the whole message (the truncated part is lost).
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("If MSG_NOERROR is specified, then the
 * message text will be truncated (and the truncated part will be lost)"),
 * RETURN VALUE; POSIX.1-2017 msgrcv ("The received message shall be truncated
 * to msgsz bytes if it is larger than msgsz and (msgflg & MSG_NOERROR) is
 * non-zero. The truncated part of the message shall be lost").
 */
#include <string.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgrcv with MSG_NOERROR truncates to msgsz and consumes the message",
          .ref = "msgop(2) DESCRIPTION, RETURN VALUE; POSIX.1-2017 msgrcv",
          .tags = "msgrcv,truncation");

IPCS_TEST(truncates_and_consumes)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 3, "hello world");
	IPCS_MSG_PUT(msqid, 4, "next");

	struct ipcs_msgbuf msg;
	char pattern[sizeof msg.mtext];
	memset(pattern, 0x5a, sizeof pattern);
	memcpy(msg.mtext, pattern, sizeof msg.mtext);
	msg.mtype = 0;
	IPCS_EXPECT_EQ(msgrcv(msqid, &msg, 5, 0, IPC_NOWAIT | MSG_NOERROR), 5);
	IPCS_EXPECT_EQ(msg.mtype, 3);
	IPCS_EXPECT_MEMEQ(msg.mtext, "hello", 5);
	/* Nothing written past msgsz. */
	IPCS_EXPECT_MEMEQ(msg.mtext + 5, pattern + 5, sizeof msg.mtext - 5);

	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_cbytes, 4); /* all 11 bytes gone, not 6 left */
	IPCS_MSG_EXPECT_QUEUE(msqid, {4, "next"});
}

IPCS_TEST(truncates_to_zero_bytes)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 8, "gone");
	long mtype = 0;
	IPCS_EXPECT_EQ(msgrcv(msqid, &mtype, 0, 8, IPC_NOWAIT | MSG_NOERROR), 0);
	IPCS_EXPECT_EQ(mtype, 8);
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_TEST(shorter_message_is_not_padded)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "abc");
	IPCS_MSG_EXPECT_RCV(msqid, 0, MSG_NOERROR, 1, "abc");
}

IPCS_MAIN(truncates_and_consumes, truncates_to_zero_bytes, shorter_message_is_not_padded)
