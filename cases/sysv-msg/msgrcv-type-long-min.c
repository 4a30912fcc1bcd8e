/*
 * msgrcv() with msgtyp LONG_MIN, whose absolute value a long cannot hold,
 * takes the message of the lowest type in the whole queue, as if the bound
 * were LONG_MAX: every type qualifies.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("If msgtyp is less than 0, then the
 * first message in the queue with the lowest type less than or equal to the
 * absolute value of msgtyp will be read."); ipc/msg.c convert_mode() maps
 * LONG_MIN to LONG_MAX ("-LONG_MIN is undefined"); POSIX.1-2017 msgrcv.
 */
#include <limits.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgrcv with msgtyp LONG_MIN takes the lowest type of all",
          .ref = "msgop(2) DESCRIPTION msgrcv; ipc/msg.c convert_mode", .tags = "msgrcv,msgtyp");

IPCS_TEST(long_min_takes_lowest_of_all)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, LONG_MAX, "max");
	IPCS_MSG_PUT(msqid, 5, "five");
	IPCS_MSG_PUT(msqid, 3, "three");
	IPCS_MSG_PUT(msqid, LONG_MAX - 1, "max-1");
	IPCS_MSG_EXPECT_RCV(msqid, LONG_MIN, 0, 3, "three");
	IPCS_MSG_EXPECT_RCV(msqid, LONG_MIN, 0, 5, "five");
	IPCS_MSG_EXPECT_RCV(msqid, LONG_MIN, 0, LONG_MAX - 1, "max-1");
	IPCS_MSG_EXPECT_RCV(msqid, LONG_MIN, 0, LONG_MAX, "max");
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_TEST(long_min_on_empty_queue_is_enomsg)
{
	int msqid = ipcs_msg_new();
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, LONG_MIN, IPC_NOWAIT), ENOMSG);
}

IPCS_MAIN(long_min_takes_lowest_of_all, long_min_on_empty_queue_is_enomsg)
