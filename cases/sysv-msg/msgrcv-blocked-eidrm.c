/*
 * A msgrcv() blocked on a queue that is removed fails with EIDRM.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("The message queue is removed from the
 * system. In this case, the system call fails with errno set to EIDRM."),
 * ERRORS EIDRM; msgctl(2) IPC_RMID ("awakening all waiting reader and writer
 * processes"); POSIX.1-2017 msgrcv [EIDRM].
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocked msgrcv fails with EIDRM when the queue is removed",
          .ref = "msgop(2) DESCRIPTION, ERRORS; msgctl(2) IPC_RMID; POSIX.1-2017 msgrcv",
          .tags = "msgrcv,blocking,removal");

static int msqid;

static void receive_blocking(void *arg)
{
	(void)arg;
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 7, 0), EIDRM);
}

IPCS_TEST(removal_wakes_receiver_with_eidrm)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "not-seven"); /* a queue with messages, none matching */
	pid_t receiver = ipcs_spawn(receive_blocking, NULL);
	IPCS_WAIT_IN_MSGRCV(receiver);
	ipcs_msg_rm(msqid);
	IPCS_EXPECT_CHILD_EXIT(receiver, 0);
}

IPCS_MAIN(removal_wakes_receiver_with_eidrm)
