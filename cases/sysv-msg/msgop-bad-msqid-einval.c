/*
 * msgsnd(), msgrcv() and msgctl(IPC_STAT) on an identifier that names no
 * queue (negative, or of a queue already removed) fail with EINVAL.
 *
 * Ref: msgop(2) ERRORS ("EINVAL Invalid msqid value" for msgsnd; "EINVAL
 * msqid was invalid" for msgrcv); msgctl(2) ERRORS ("EINVAL Invalid value for
 * cmd or msqid"); POSIX.1-2017 msgsnd, msgrcv, msgctl [EINVAL]. For a removed
 * queue the pages also list EIDRM ("The message queue was removed"); Linux
 * gives EIDRM only to a caller that was asleep on the queue (ipc/msg.c
 * do_msgsnd, do_msgrcv) and EINVAL to later calls (ipc/util.c
 * ipc_obtain_object_check): that is what is tested.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgsnd/msgrcv/msgctl on a negative or removed msqid fail with EINVAL "
                      "(Linux; the pages also mention EIDRM)",
          .ref = "msgop(2) ERRORS; msgctl(2) ERRORS; POSIX.1-2017 msgsnd, msgrcv, msgctl",
          .tags = "msgsnd,msgrcv,msgctl,errno");

static void expect_no_such_queue(int msqid)
{
	struct ipcs_msgbuf msg = {.mtype = 1, .mtext = "x"};
	struct msqid_ds ds;
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, 1, IPC_NOWAIT), EINVAL);
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 0, IPC_NOWAIT), EINVAL);
	IPCS_EXPECT_ERRNO(msgctl(msqid, IPC_STAT, &ds), EINVAL);
}

IPCS_TEST(negative_msqid_is_einval)
{
	expect_no_such_queue(-1);
}

IPCS_TEST(removed_msqid_is_einval)
{
	int msqid = ipcs_msg_new();
	ipcs_msg_rm(msqid);
	expect_no_such_queue(msqid);
}

IPCS_MAIN(negative_msqid_is_einval, removed_msqid_is_einval)
