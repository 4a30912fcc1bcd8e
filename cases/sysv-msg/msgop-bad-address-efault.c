/*
 * msgsnd() with msgp pointing at inaccessible memory fails with EFAULT and
 * queues nothing; msgrcv() into inaccessible memory fails with EFAULT.
 *
 * Ref: msgop(2) ERRORS ("EFAULT The address pointed to by msgp isn't
 * accessible.", for both calls). On Linux the message msgrcv() was copying
 * out is already off the queue when the copy fails (ipc/msg.c do_msgrcv);
 * that is not documented and not tested.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgsnd/msgrcv with an inaccessible msgp fail with EFAULT",
          .ref = "msgop(2) ERRORS", .tags = "msgsnd,msgrcv,errno");

IPCS_TEST(msgsnd_bad_address_is_efault)
{
	int msqid = ipcs_msg_new();
	IPCS_EXPECT_ERRNO(msgsnd(msqid, ipcs_msg_bad_address(), 1, IPC_NOWAIT), EFAULT);
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_TEST(msgrcv_bad_address_is_efault)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "lost");
	IPCS_EXPECT_ERRNO(msgrcv(msqid, ipcs_msg_bad_address(), 16, 0, IPC_NOWAIT), EFAULT);
}

IPCS_MAIN(msgsnd_bad_address_is_efault, msgrcv_bad_address_is_efault)
