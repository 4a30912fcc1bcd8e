/*
 * msgrcv() with IPC_NOWAIT on a queue holding no message of the requested
 * type returns at once with ENOMSG, for every msgtyp form.
 *
 * Ref: msgop(2) DESCRIPTION IPC_NOWAIT ("Return immediately if no message of
 * the requested type is in the queue. The system call fails with errno set to
 * ENOMSG."), ERRORS ENOMSG; POSIX.1-2017 msgrcv [ENOMSG].
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgrcv with IPC_NOWAIT and no matching message fails with ENOMSG",
          .ref = "msgop(2) DESCRIPTION, ERRORS; POSIX.1-2017 msgrcv", .tags = "msgrcv,errno");

IPCS_TEST(empty_queue_is_enomsg)
{
	int msqid = ipcs_msg_new();
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 0, IPC_NOWAIT), ENOMSG);
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 1, IPC_NOWAIT), ENOMSG);
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, -10, IPC_NOWAIT), ENOMSG);
}

IPCS_TEST(only_higher_types_with_negative_msgtyp_is_enomsg)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 5, "five");
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, -4, IPC_NOWAIT), ENOMSG);
	IPCS_MSG_EXPECT_QUEUE(msqid, {5, "five"});
}

IPCS_MAIN(empty_queue_is_enomsg, only_higher_types_with_negative_msgtyp_is_enomsg)
