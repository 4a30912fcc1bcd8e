/*
 * msgsnd() with msgsz greater than MSGMAX (/proc/sys/kernel/msgmax), or
 * "less than 0" (a size_t that is negative as a long), fails with EINVAL and
 * queues nothing.
 *
 * Ref: msgop(2) ERRORS ("EINVAL ... invalid msgsz value (less than 0 or
 * greater than the system value MSGMAX)"), NOTES MSGMAX; proc(5) msgmax.
 */
#include <stdlib.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgsnd with msgsz above MSGMAX or negative fails with EINVAL",
          .ref = "msgop(2) ERRORS, NOTES; proc(5) /proc/sys/kernel/msgmax",
          .tags = "msgsnd,limits,errno");

IPCS_TEST(one_over_msgmax_is_einval)
{
	struct ipcs_msg_limits lim;
	ipcs_msg_limits(&lim);
	int msqid = ipcs_msg_new();
	/* A buffer of the full size: EINVAL must come from the size rule,
	 * not from a short buffer. */
	size_t size = sizeof(long) + (size_t)lim.msgmax + 1;
	long *msg = calloc(1, size);
	if (!msg)
		IPCS_BROKEN("calloc(%zu)", size);
	msg[0] = 1;
	IPCS_EXPECT_ERRNO(msgsnd(msqid, msg, (size_t)lim.msgmax + 1, IPC_NOWAIT), EINVAL);
	IPCS_MSG_EXPECT_EMPTY(msqid);
	free(msg);
}

IPCS_TEST(negative_size_is_einval)
{
	int msqid = ipcs_msg_new();
	struct ipcs_msgbuf msg = {.mtype = 1};
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, (size_t)-1, IPC_NOWAIT), EINVAL);
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_MAIN(one_over_msgmax_is_einval, negative_size_is_einval)
