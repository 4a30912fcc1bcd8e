/*
 * msgsnd() with IPC_NOWAIT on a queue whose msg_cbytes plus the new text
 * would exceed msg_qbytes fails with EAGAIN and queues nothing; a message
 * that still fits (down to zero bytes) is accepted.
 *
 * Ref: msgop(2) DESCRIPTION msgsnd() ("Adding a new message to the queue
 * would cause the total number of bytes in the queue to exceed the queue's
 * maximum size (the msg_qbytes field)" ... "If IPC_NOWAIT is specified in
 * msgflg, then the call instead fails with the error EAGAIN."), ERRORS EAGAIN;
 * POSIX.1-2017 msgsnd [EAGAIN].
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgsnd IPC_NOWAIT on a queue full by bytes fails with EAGAIN",
          .ref = "msgop(2) DESCRIPTION, ERRORS; POSIX.1-2017 msgsnd", .tags = "msgsnd,full,errno");

IPCS_TEST(full_by_bytes_is_eagain)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_SET_QBYTES(msqid, 10);
	IPCS_MSG_PUT(msqid, 1, "123456");
	IPCS_MSG_PUT(msqid, 1, "7890"); /* exactly msg_qbytes: allowed */

	struct ipcs_msgbuf msg = {.mtype = 2, .mtext = "x"};
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, 1, IPC_NOWAIT), EAGAIN);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "123456"}, {1, "7890"});
}

IPCS_TEST(message_that_fits_is_accepted)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_SET_QBYTES(msqid, 10);
	IPCS_MSG_PUT(msqid, 1, "1234567");

	struct ipcs_msgbuf msg = {.mtype = 2, .mtext = "abcd"};
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, 4, IPC_NOWAIT), EAGAIN);
	IPCS_EXPECT_OK(msgsnd(msqid, &msg, 3, IPC_NOWAIT));
	/* Full by bytes, not by count: no text still fits. */
	IPCS_EXPECT_OK(msgsnd(msqid, &msg, 0, IPC_NOWAIT));
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "1234567"}, {2, "abc"}, {2, ""});
}

IPCS_MAIN(full_by_bytes_is_eagain, message_that_fits_is_accepted)
