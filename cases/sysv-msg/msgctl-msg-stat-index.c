/*
 * msgctl(MSG_STAT) takes an index into the kernel's queue array, not an
 * identifier, fills msqid_ds as IPC_STAT would, and returns the identifier
 * of the queue at that index; an unused index fails with EINVAL.
 *
 * Ref: msgctl(2) MSG_STAT ("the msqid argument is not a queue identifier, but
 * instead an index into the kernel's internal array"), RETURN VALUE ("A
 * successful MSG_STAT or MSG_STAT_ANY operation returns the identifier of the
 * queue whose index was given"), ERRORS EINVAL ("for a MSG_STAT operation,
 * the index value specified in msqid referred to an array slot that is
 * currently unused"). Linux-specific.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MSG_STAT by index returns that queue's id and msqid_ds; unused index "
                      "EINVAL",
          .ref = "msgctl(2) MSG_STAT, RETURN VALUE, ERRORS", .tags = "msgctl,linux-specific");

IPCS_TEST(some_index_yields_our_queue)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 3, "abc");
	struct msginfo info;
	int highest = (int)IPCS_SAFE(msgctl(0, IPC_INFO, (struct msqid_ds *)&info));

	int found = 0;
	for (int index = 0; index <= highest; index++) {
		struct msqid_ds ds;
		int id = msgctl(index, MSG_STAT, &ds);
		if (id != msqid)
			continue;
		found++;
		struct msqid_ds direct;
		IPCS_MSG_STAT(msqid, &direct);
		IPCS_EXPECT_EQ(ds.msg_qnum, 1);
		IPCS_EXPECT_EQ(ds.msg_cbytes, 3);
		IPCS_EXPECT_EQ(ds.msg_perm.mode & 0777, direct.msg_perm.mode & 0777);
		IPCS_EXPECT_EQ(ds.msg_perm.uid, direct.msg_perm.uid);
		IPCS_EXPECT_EQ(ds.msg_ctime, direct.msg_ctime);
		IPCS_EXPECT_EQ(ds.msg_lspid, direct.msg_lspid);
	}
	IPCS_EXPECT_EQ(found, 1);
}

IPCS_TEST(unused_index_is_einval)
{
	/* Past the highest used index nothing is in use; retried when a
	 * queue created meanwhile by someone else moved the highest index. */
	for (int attempt = 0; attempt < 100; attempt++) {
		struct msginfo info;
		int highest = (int)IPCS_SAFE(msgctl(0, IPC_INFO, (struct msqid_ds *)&info));
		struct msqid_ds ds;
		errno = 0;
		int id = msgctl(highest + 1, MSG_STAT, &ds);
		int err = errno;
		int now = (int)IPCS_SAFE(msgctl(0, IPC_INFO, (struct msqid_ds *)&info));
		if (now != highest)
			continue;
		IPCS_EXPECT_ERRNO((errno = err, id), EINVAL);
		return;
	}
	IPCS_BROKEN("the highest used index kept changing");
}

IPCS_MAIN(some_index_yields_our_queue, unused_index_is_einval)
