/*
 * msgrcv() with MSG_EXCEPT and msgtyp > 0 takes the first message whose type
 * differs from msgtyp, leaving earlier messages of type msgtyp queued.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("unless MSG_EXCEPT was specified in
 * msgflg, in which case the first message in the queue of type not equal to
 * msgtyp will be read"), MSG_EXCEPT. Linux-specific.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgrcv with MSG_EXCEPT and msgtyp > 0 receives the first message of "
                      "another type",
          .ref = "msgop(2) DESCRIPTION msgrcv(), MSG_EXCEPT", .features = "msg_except",
          .tags = "msgrcv,msgtyp,linux-specific");

#ifdef HAVE_MSG_EXCEPT
IPCS_TEST(receives_first_of_other_type)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 3, "three-a");
	IPCS_MSG_PUT(msqid, 3, "three-b");
	IPCS_MSG_PUT(msqid, 7, "seven"); /* first not of type 3, and higher */
	IPCS_MSG_PUT(msqid, 1, "one");

	IPCS_MSG_EXPECT_RCV(msqid, 3, MSG_EXCEPT, 7, "seven");
	IPCS_MSG_EXPECT_QUEUE(msqid, {3, "three-a"}, {3, "three-b"}, {1, "one"});
}

IPCS_TEST(only_excluded_type_queued_is_enomsg)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 2, "two-a");
	IPCS_MSG_PUT(msqid, 2, "two-b");

	struct ipcs_msgbuf msg;
	IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 2, IPC_NOWAIT | MSG_EXCEPT),
	                  ENOMSG);
	IPCS_MSG_EXPECT_QUEUE(msqid, {2, "two-a"}, {2, "two-b"});
}

IPCS_MAIN(receives_first_of_other_type, only_excluded_type_queued_is_enomsg)
#else
IPCS_TEST(receives_first_of_other_type)
{
	IPCS_SKIP("built without MSG_EXCEPT");
}
IPCS_MAIN(receives_first_of_other_type)
#endif
