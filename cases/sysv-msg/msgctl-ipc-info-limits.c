/*
 * msgctl(IPC_INFO) fills a struct msginfo whose msgmax, msgmnb and msgmni are
 * the limits in /proc/sys/kernel/msgmax, msgmnb and msgmni, and returns the
 * highest used index, which is at least that of a queue we hold.
 *
 * Ref: msgctl(2) IPC_INFO ("The msgmni, msgmax, and msgmnb settings can be
 * changed via /proc files of the same name"), RETURN VALUE ("A successful
 * IPC_INFO or MSG_INFO operation returns the index of the highest used
 * entry"); proc(5) /proc/sys/kernel/msgmax, msgmnb, msgmni. Linux-specific.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "IPC_INFO reports msgmax, msgmnb, msgmni as /proc/sys/kernel does",
          .ref = "msgctl(2) IPC_INFO, RETURN VALUE; proc(5)",
          .tags = "msgctl,limits,linux-specific");

IPCS_TEST(limits_match_proc)
{
	struct ipcs_msg_limits lim;
	ipcs_msg_limits(&lim);
	struct msginfo info;
	IPCS_ASSERT_OK(msgctl(0, IPC_INFO, (struct msqid_ds *)&info));
	IPCS_EXPECT_EQ(info.msgmax, lim.msgmax);
	IPCS_EXPECT_EQ(info.msgmnb, lim.msgmnb);
	IPCS_EXPECT_EQ(info.msgmni, lim.msgmni);
}

IPCS_TEST(returns_highest_used_index)
{
	int msqid = ipcs_msg_new();
	struct msginfo info;
	int highest = msgctl(0, IPC_INFO, (struct msqid_ds *)&info);
	IPCS_ASSERT_OK(highest);
	/* MSG_STAT at the returned index names a live queue (the highest). */
	struct msqid_ds ds;
	errno = 0;
	int id = msgctl(highest, MSG_STAT, &ds);
	if (id == -1 && errno == EACCES)
		IPCS_SKIP("highest queue belongs to someone else and is unreadable");
	IPCS_EXPECT_OK(id);
	(void)msqid;
}

IPCS_MAIN(limits_match_proc, returns_highest_used_index)
