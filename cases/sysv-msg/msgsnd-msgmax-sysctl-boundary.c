/*
 * msgsnd() judges msgsz against MSGMAX as /proc/sys/kernel/msgmax holds it
 * at the time of the call: after msgmax is lowered, a text of exactly msgmax
 * bytes is accepted and one byte more fails with EINVAL, queuing nothing.
 *
 * Ref: msgop(2) ERRORS ("EINVAL ... invalid msgsz value (less than 0 or
 * greater than the system value MSGMAX)"), NOTES ("MSGMAX Maximum size of a
 * message text, in bytes ... On Linux, this limit can be read and modified
 * via /proc/sys/kernel/msgmax"); proc(5) msgmax; ipc/msg.c do_msgsnd().
 */
#include <stdio.h>
#include <string.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgsnd accepts msgmax bytes and rejects msgmax+1 with EINVAL after "
                      "msgmax is changed",
          .ref = "msgop(2) ERRORS EINVAL, NOTES MSGMAX; proc(5) msgmax",
          .needs = IPCS_NEEDS_PRIVATE_IPC_NS, .tags = "msgsnd,limits,sysctl,errno");

/* Below the room of struct ipcs_msgbuf, so one buffer serves both sizes. */
#define LOWERED_MSGMAX 100

IPCS_TEST(lowered_msgmax_is_the_boundary)
{
	char value[32];
	snprintf(value, sizeof value, "%d", LOWERED_MSGMAX);
	int msqid = ipcs_msg_new();
	ipcs_sysctl_set("/proc/sys/kernel/msgmax", value);
	struct ipcs_msgbuf msg = {.mtype = 1};
	memset(msg.mtext, 'm', sizeof msg.mtext);
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, LOWERED_MSGMAX + 1, IPC_NOWAIT), EINVAL);
	IPCS_EXPECT_OK(msgsnd(msqid, &msg, LOWERED_MSGMAX, IPC_NOWAIT));
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qnum, 1);
	IPCS_EXPECT_EQ(ds.msg_cbytes, LOWERED_MSGMAX);
}

IPCS_MAIN(lowered_msgmax_is_the_boundary)
