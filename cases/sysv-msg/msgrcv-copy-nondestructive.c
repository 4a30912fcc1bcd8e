/*
 * msgrcv() with MSG_COPY | IPC_NOWAIT returns a copy of the message at
 * ordinal position msgtyp (counted from 0, whatever the types), and leaves
 * the queue exactly as it was.
 *
 * Ref: msgop(2) DESCRIPTION MSG_COPY ("Nondestructively fetch a copy of the
 * message at the ordinal position in the queue specified by msgtyp (messages
 * are considered to be numbered starting at 0)."). Linux-specific; needs a
 * kernel built with CONFIG_CHECKPOINT_RESTORE.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgrcv with MSG_COPY copies the message at position msgtyp and removes "
                      "nothing",
          .ref = "msgop(2) DESCRIPTION MSG_COPY", .features = "msg_copy", .min_kernel = "3.8",
          .tags = "msgrcv,msg_copy,linux-specific");

#ifdef HAVE_MSG_COPY
IPCS_TEST(copies_by_position)
{
	ipcs_msg_require_copy();
	int msqid = ipcs_msg_new();
	/* Types unrelated to positions, so that position and type differ. */
	IPCS_MSG_PUT(msqid, 9, "pos0");
	IPCS_MSG_PUT(msqid, 1, "pos1");
	IPCS_MSG_PUT(msqid, 2, "pos2");

	IPCS_MSG_EXPECT_RCV(msqid, 1, MSG_COPY, 1, "pos1");
	IPCS_MSG_EXPECT_RCV(msqid, 2, MSG_COPY, 2, "pos2");
	IPCS_MSG_EXPECT_RCV(msqid, 0, MSG_COPY, 9, "pos0");
	IPCS_MSG_EXPECT_RCV(msqid, 1, MSG_COPY, 1, "pos1"); /* again: nothing was taken */
	IPCS_MSG_EXPECT_QUEUE(msqid, {9, "pos0"}, {1, "pos1"}, {2, "pos2"});
}

IPCS_TEST(copy_leaves_counters)
{
	ipcs_msg_require_copy();
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 5, "abc");
	struct msqid_ds before, after;
	IPCS_MSG_STAT(msqid, &before);
	IPCS_MSG_EXPECT_RCV(msqid, 0, MSG_COPY, 5, "abc");
	IPCS_MSG_STAT(msqid, &after);
	IPCS_EXPECT_EQ(after.msg_qnum, before.msg_qnum);
	IPCS_EXPECT_EQ(after.msg_cbytes, before.msg_cbytes);
}

IPCS_MAIN(copies_by_position, copy_leaves_counters)
#else
IPCS_TEST(copies_by_position)
{
	IPCS_SKIP("built without MSG_COPY");
}
IPCS_MAIN(copies_by_position)
#endif
