/*
 * A msgrcv() asleep with a buffer too small for the message that arrives,
 * without MSG_NOERROR, fails with E2BIG and the message stays queued; with
 * MSG_NOERROR it takes the message, truncated.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("If the message text has length greater
 * than msgsz ... if MSG_NOERROR is not specified, then the message isn't
 * removed from the queue and the system call fails returning -1 with errno
 * set to E2BIG"); for a sleeping receiver ipc/msg.c pipelined_send.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a blocked msgrcv with too small a buffer gets E2BIG and the message "
                      "stays",
          .ref = "msgop(2) DESCRIPTION msgrcv(), ERRORS E2BIG", .tags = "msgrcv,blocking,errno");

static int msqid;

static void receive_small(void *arg)
{
	int flags = *(int *)arg;
	struct ipcs_msgbuf msg;
	if (flags & MSG_NOERROR) {
		IPCS_EXPECT_EQ(msgrcv(msqid, &msg, 3, 0, flags), 3);
		IPCS_EXPECT_MEMEQ(msg.mtext, "too", 3);
	} else {
		IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, 3, 0, flags), E2BIG);
	}
}

IPCS_TEST(woken_with_e2big_message_stays)
{
	msqid = ipcs_msg_new();
	int flags = 0;
	pid_t receiver = ipcs_spawn(receive_small, &flags);
	IPCS_WAIT_IN_MSGRCV(receiver);
	IPCS_MSG_PUT(msqid, 1, "toolong");
	IPCS_EXPECT_CHILD_EXIT(receiver, 0);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "toolong"});
}

IPCS_TEST(noerror_sleeper_takes_truncated)
{
	msqid = ipcs_msg_new();
	int flags = MSG_NOERROR;
	pid_t receiver = ipcs_spawn(receive_small, &flags);
	IPCS_WAIT_IN_MSGRCV(receiver);
	IPCS_MSG_PUT(msqid, 1, "toolong");
	IPCS_EXPECT_CHILD_EXIT(receiver, 0);
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_MAIN(woken_with_e2big_message_stays, noerror_sleeper_takes_truncated)
