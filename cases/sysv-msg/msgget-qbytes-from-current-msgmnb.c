/*
 * A new queue's msg_qbytes is MSGMNB as /proc/sys/kernel/msgmnb holds it
 * when the queue is created: after msgmnb changes, new queues follow the new
 * value and an existing queue keeps its own.
 *
 * Ref: msgget(2) DESCRIPTION ("msg_qbytes is set to the system limit
 * MSGMNB"); msgop(2) NOTES ("MSGMNB ... On Linux, this limit can be read and
 * modified via /proc/sys/kernel/msgmnb"); msgctl(2) msginfo ("msgmnb ...
 * used to initialize msg_qbytes during queue creation (msgget(2))");
 * ipc/msg.c newque().
 */
#include <stdio.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a new queue takes msg_qbytes from msgmnb at creation; existing queues "
                      "keep theirs",
          .ref = "msgget(2) DESCRIPTION; msgop(2) NOTES MSGMNB; proc(5) msgmnb",
          .needs = IPCS_NEEDS_PRIVATE_IPC_NS, .tags = "msgget,limits,sysctl");

static void set_msgmnb(long value)
{
	char text[32];
	snprintf(text, sizeof text, "%ld", value);
	ipcs_sysctl_set("/proc/sys/kernel/msgmnb", text);
}

static unsigned long qbytes_of(int msqid)
{
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	return ds.msg_qbytes;
}

IPCS_TEST(new_queue_follows_lowered_msgmnb)
{
	struct ipcs_msg_limits lim;
	ipcs_msg_limits(&lim);
	int old_queue = ipcs_msg_new();
	long lowered = lim.msgmnb / 2 + 1;
	set_msgmnb(lowered);
	int new_queue = ipcs_msg_new();
	IPCS_EXPECT_EQ(qbytes_of(new_queue), lowered);
	IPCS_EXPECT_EQ(qbytes_of(old_queue), lim.msgmnb);
}

IPCS_TEST(new_queue_follows_raised_msgmnb)
{
	struct ipcs_msg_limits lim;
	ipcs_msg_limits(&lim);
	int old_queue = ipcs_msg_new();
	long raised = lim.msgmnb + 4096;
	set_msgmnb(raised);
	int new_queue = ipcs_msg_new();
	IPCS_EXPECT_EQ(qbytes_of(new_queue), raised);
	IPCS_EXPECT_EQ(qbytes_of(old_queue), lim.msgmnb);
}

IPCS_MAIN(new_queue_follows_lowered_msgmnb, new_queue_follows_raised_msgmnb)
