/*
 * msgget(IPC_PRIVATE, ...) always creates a new queue, even with IPC_EXCL:
 * two calls give two distinct, independent queues.
 *
 * Ref: msgget(2) DESCRIPTION ("A new message queue is created if key has the
 * value IPC_PRIVATE"); POSIX.1-2017 msgget ("The argument key is equal to
 * IPC_PRIVATE.").
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgget(IPC_PRIVATE) creates a new distinct queue each time",
          .ref = "msgget(2) DESCRIPTION; POSIX.1-2017 msgget", .tags = "msgget");

IPCS_TEST(two_private_queues_are_distinct)
{
	int first = ipcs_msgget(IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0600);
	int second = ipcs_msgget(IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0600);
	IPCS_EXPECT_NE(first, second);

	IPCS_MSG_PUT(first, 1, "only-in-first");
	IPCS_MSG_EXPECT_EMPTY(second);
	IPCS_MSG_EXPECT_QUEUE(first, {1, "only-in-first"});
}

IPCS_TEST(private_without_ipc_creat_creates_too)
{
	/* msgget(2): created "if key has the value IPC_PRIVATE or" (IPC_CREAT
	 * is needed only for other keys). */
	int msqid = msgget(IPC_PRIVATE, 0600);
	IPCS_ASSERT_OK(msqid);
	ipcs_track(IPCS_OBJ_MSG, msqid, NULL);
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_perm.__key, IPC_PRIVATE);
}

IPCS_MAIN(two_private_queues_are_distinct, private_without_ipc_creat_creates_too)
