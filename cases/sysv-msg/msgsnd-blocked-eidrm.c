/*
 * A msgsnd() blocked on a full queue that is removed fails with EIDRM.
 *
 * Ref: msgop(2) DESCRIPTION msgsnd() ("A blocked msgsnd() call may also fail
 * if: the queue is removed, in which case the system call fails with errno
 * set to EIDRM"), ERRORS EIDRM; msgctl(2) IPC_RMID; POSIX.1-2017 msgsnd
 * [EIDRM].
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocked msgsnd fails with EIDRM when the queue is removed",
          .ref = "msgop(2) DESCRIPTION, ERRORS; msgctl(2) IPC_RMID; POSIX.1-2017 msgsnd",
          .tags = "msgsnd,blocking,removal");

static int msqid;

static void send_blocking(void *arg)
{
	(void)arg;
	struct ipcs_msgbuf msg = {.mtype = 1, .mtext = "x"};
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, 1, 0), EIDRM);
}

IPCS_TEST(removal_wakes_sender_with_eidrm)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_SET_QBYTES(msqid, 4);
	IPCS_MSG_PUT(msqid, 1, "full");
	pid_t sender = ipcs_spawn(send_blocking, NULL);
	IPCS_WAIT_IN_MSGSND(sender);
	ipcs_msg_rm(msqid);
	IPCS_EXPECT_CHILD_EXIT(sender, 0);
}

IPCS_MAIN(removal_wakes_sender_with_eidrm)
