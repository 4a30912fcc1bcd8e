/*
 * msgsnd() with an mtype of 0 or below fails with EINVAL and queues nothing.
 *
 * Ref: msgop(2) DESCRIPTION ("The mtype field must have a strictly positive
 * integer value."), ERRORS ("EINVAL ... nonpositive mtype value"); POSIX.1-2017
 * msgsnd [EINVAL] ("The value of mtype is less than 1").
 */
#include <limits.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "msgsnd with mtype < 1 fails with EINVAL",
          .ref = "msgop(2) DESCRIPTION, ERRORS; POSIX.1-2017 msgsnd", .tags = "msgsnd,errno");

static void expect_rejected(long mtype)
{
	int msqid = ipcs_msg_new();
	struct ipcs_msgbuf msg = {.mtype = mtype, .mtext = "x"};
	IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, 1, IPC_NOWAIT), EINVAL);
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_TEST(zero_type_is_einval)
{
	expect_rejected(0);
}

IPCS_TEST(negative_type_is_einval)
{
	expect_rejected(-1);
}

IPCS_TEST(most_negative_type_is_einval)
{
	expect_rejected(LONG_MIN);
}

IPCS_MAIN(zero_type_is_einval, negative_type_is_einval, most_negative_type_is_einval)
