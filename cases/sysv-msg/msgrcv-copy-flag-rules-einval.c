/*
 * msgrcv() with MSG_COPY but without IPC_NOWAIT, or with both MSG_COPY and
 * MSG_EXCEPT, fails with EINVAL and leaves the queue alone.
 *
 * Ref: msgop(2) ERRORS ("EINVAL (since Linux 3.14) msgflg specified MSG_COPY,
 * but not IPC_NOWAIT." and "EINVAL (since Linux 3.14) msgflg specified both
 * MSG_COPY and MSG_EXCEPT."), BUGS. Linux-specific. These checks come before
 * the CONFIG_CHECKPOINT_RESTORE one (ipc/msg.c do_msgrcv), so they hold on
 * kernels without MSG_COPY support too.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgrcv with MSG_COPY lacking IPC_NOWAIT, or with MSG_EXCEPT, fails with "
                      "EINVAL",
          .ref = "msgop(2) ERRORS, BUGS", .features = "msg_copy,msg_except", .min_kernel = "3.14",
          .tags = "msgrcv,msg_copy,errno,linux-specific");

#if defined(HAVE_MSG_COPY) && defined(HAVE_MSG_EXCEPT)
IPCS_TEST(copy_without_nowait_is_einval)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "stays");
	struct ipcs_msgbuf msg;
	/* A message is there at position 0, so only the flag rule can fail. */
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 0, MSG_COPY), EINVAL);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "stays"});
}

IPCS_TEST(copy_with_except_is_einval)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "stays");
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(
	    msgrcv(msqid, &msg, sizeof msg.mtext, 0, MSG_COPY | MSG_EXCEPT | IPC_NOWAIT), EINVAL);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "stays"});
}

IPCS_MAIN(copy_without_nowait_is_einval, copy_with_except_is_einval)
#else
IPCS_TEST(copy_without_nowait_is_einval)
{
	IPCS_SKIP("built without MSG_COPY or MSG_EXCEPT");
}
IPCS_MAIN(copy_without_nowait_is_einval)
#endif
