/*
 * msgctl(MSG_INFO) reports usage: msgpool is the number of queues, msgmap
 * the number of messages in all queues and msgtql the bytes of text in all
 * queues, following sends, receives and removals exactly; the limits
 * (msgmax, msgmnb, msgmni) are those IPC_INFO gives.
 *
 * Ref: msgctl(2) MSG_INFO ("the msgpool field returns the number of message
 * queues that currently exist on the system; the msgmap field returns the
 * total number of messages in all queues on the system; and the msgtql field
 * returns the total number of bytes in all messages in all queues on the
 * system"); ipc/msg.c msgctl_info() fills msgpool from in_use, msgmap from
 * msg_hdrs and msgtql from msg_bytes, as the page says. (The msginfo comments
 * in the same page describe the IPC_INFO meanings of these fields.) Counted in
 * a new, empty IPC namespace so that the numbers are exact. Linux-specific.
 */
#include "ipcsuite_msg.h"
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MSG_INFO counts queues (msgpool), messages (msgmap) and text bytes "
                      "(msgtql)",
          .ref = "msgctl(2) MSG_INFO; ipc/msg.c msgctl_info",
          .tags = "msgctl,msg-info,linux-specific");

/* Queues of the new namespace die with it: never registered. */
static int new_unregistered_queue(void)
{
	return (int)IPCS_SAFE(msgget(IPC_PRIVATE, IPC_CREAT | 0600));
}

static void expect_usage(int queues, int messages, int bytes, int line)
{
	struct msginfo info;
	int failures = ipcs_failures();
	IPCS_MSG_INFO(MSG_INFO, &info);
	IPCS_EXPECT_EQ(info.msgpool, queues);
	IPCS_EXPECT_EQ(info.msgmap, messages);
	IPCS_EXPECT_EQ(info.msgtql, bytes);
	if (ipcs_failures() != failures)
		IPCS_NOTE("the MSG_INFO counts above were checked at line %d", line);
}

IPCS_TEST(counts_follow_sends_receives_removals)
{
	ipcs_enter_new_ipc_ns();
	expect_usage(0, 0, 0, __LINE__);
	int a = new_unregistered_queue();
	int b = new_unregistered_queue();
	expect_usage(2, 0, 0, __LINE__);
	IPCS_MSG_PUT(a, 1, "hello");
	IPCS_MSG_PUT(a, 2, "");
	IPCS_MSG_PUT(b, 3, "message");
	expect_usage(2, 3, 12, __LINE__);
	IPCS_MSG_EXPECT_RCV(a, 0, 0, 1, "hello");
	expect_usage(2, 2, 7, __LINE__);
	IPCS_SAFE(msgctl(b, IPC_RMID, NULL)); /* takes its message along */
	expect_usage(1, 1, 0, __LINE__);
}

IPCS_TEST(limits_match_ipc_info)
{
	struct msginfo usage, limits;
	IPCS_MSG_INFO(MSG_INFO, &usage);
	IPCS_MSG_INFO(IPC_INFO, &limits);
	IPCS_EXPECT_EQ(usage.msgmax, limits.msgmax);
	IPCS_EXPECT_EQ(usage.msgmnb, limits.msgmnb);
	IPCS_EXPECT_EQ(usage.msgmni, limits.msgmni);
}

IPCS_MAIN(counts_follow_sends_receives_removals, limits_match_ipc_info)
