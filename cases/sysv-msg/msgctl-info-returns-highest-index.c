/*
 * A successful msgctl(IPC_INFO) or msgctl(MSG_INFO) returns the index of the
 * highest used entry of the kernel's queue array: 0 with no queue, and in a
 * new namespace the index (as MSG_STAT takes it) of the last queue created,
 * dropping again when that queue is removed.
 *
 * Ref: msgctl(2) RETURN VALUE ("A successful IPC_INFO or MSG_INFO operation
 * returns the index of the highest used entry in the kernel's internal array
 * recording information about all message queues. (This information can be
 * used with repeated MSG_STAT or MSG_STAT_ANY operations to obtain
 * information about all queues on the system.)"); ipc/msg.c msgctl_info()
 * returns 0 when no entry is used. Counted in a new, empty IPC namespace.
 * Linux-specific.
 */
#include "ipcsuite_msg.h"
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "IPC_INFO and MSG_INFO return the highest used index of the queue array",
          .ref = "msgctl(2) RETURN VALUE, IPC_INFO, MSG_INFO, MSG_STAT",
          .tags = "msgctl,msg-info,linux-specific");

static int highest(int cmd)
{
	struct msginfo info;
	return IPCS_MSG_INFO(cmd, &info);
}

IPCS_TEST(follows_creation_and_removal)
{
	ipcs_enter_new_ipc_ns();
	IPCS_EXPECT_EQ(highest(IPC_INFO), 0);
	IPCS_EXPECT_EQ(highest(MSG_INFO), 0);
	/* Queues of the new namespace die with it: never registered. */
	int first = (int)IPCS_SAFE(msgget(IPC_PRIVATE, IPC_CREAT | 0600));
	int second = (int)IPCS_SAFE(msgget(IPC_PRIVATE, IPC_CREAT | 0600));
	int top = highest(IPC_INFO);
	IPCS_EXPECT_EQ(highest(MSG_INFO), top);
	struct msqid_ds ds;
	/* The returned index names the newest queue, and nothing is above it. */
	IPCS_EXPECT_EQ(msgctl(top, MSG_STAT, &ds), second);
	IPCS_EXPECT_ERRNO(msgctl(top + 1, MSG_STAT, &ds), EINVAL);
	IPCS_SAFE(msgctl(second, IPC_RMID, NULL));
	int lower = highest(IPC_INFO);
	IPCS_EXPECT_LT(lower, top);
	IPCS_EXPECT_EQ(highest(MSG_INFO), lower);
	IPCS_EXPECT_EQ(msgctl(lower, MSG_STAT, &ds), first);
}

IPCS_MAIN(follows_creation_and_removal)
