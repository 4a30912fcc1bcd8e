/*
 * msgctl(IPC_RMID) ignores its third argument: with buf NULL or pointing at
 * inaccessible memory it still removes the queue and returns 0.
 *
 * Ref: msgctl(2) IPC_RMID ("The third argument to msgctl() is ignored in
 * this case."), RETURN VALUE ("On success, IPC_STAT, IPC_SET, and IPC_RMID
 * return 0").
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "msgctl IPC_RMID ignores buf: NULL or inaccessible, the queue is removed",
          .ref = "msgctl(2) IPC_RMID, RETURN VALUE", .tags = "msgctl,rmid");

static void expect_removed_with(void *buf)
{
	int msqid = ipcs_msg_new();
	IPCS_MSG_PUT(msqid, 1, "gone");
	if (IPCS_EXPECT_OK(msgctl(msqid, IPC_RMID, buf)))
		ipcs_untrack(IPCS_OBJ_MSG, msqid, NULL);
	struct msqid_ds ds;
	IPCS_EXPECT_ERRNO(msgctl(msqid, IPC_STAT, &ds), EINVAL);
}

IPCS_TEST(null_buf)
{
	expect_removed_with(NULL);
}

IPCS_TEST(inaccessible_buf)
{
	expect_removed_with(ipcs_msg_bad_address());
}

IPCS_MAIN(null_buf, inaccessible_buf)
