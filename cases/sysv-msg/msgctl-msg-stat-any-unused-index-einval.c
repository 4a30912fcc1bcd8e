/*
 * msgctl(MSG_STAT_ANY) on an index whose array slot is unused fails with
 * EINVAL, as MSG_STAT does: in a new IPC namespace, the index just above the
 * highest used one, and the index of a queue that was removed.
 *
 * Ref: msgctl(2) MSG_STAT_ANY ("Return a msqid_ds structure as for
 * MSG_STAT"), ERRORS EINVAL ("for a MSG_STAT operation, the index value
 * specified in msqid referred to an array slot that is currently unused").
 * Linux-specific, since Linux 4.17.
 */
#include "ipcsuite_msg.h"
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MSG_STAT_ANY on an unused index fails with EINVAL",
          .ref = "msgctl(2) MSG_STAT_ANY, ERRORS EINVAL", .features = "msg_stat_any",
          .tags = "msgctl,linux-specific,errno");

#ifdef HAVE_MSG_STAT_ANY
IPCS_TEST(unused_index_is_einval)
{
	ipcs_require_stat_any(IPCS_SYSV_MSG);
	ipcs_enter_new_ipc_ns();
	/* Queues of the new namespace die with it: never registered. */
	int first = (int)IPCS_SAFE(msgget(IPC_PRIVATE, IPC_CREAT | 0600));
	int second = (int)IPCS_SAFE(msgget(IPC_PRIVATE, IPC_CREAT | 0600));
	struct msginfo info;
	int top = IPCS_MSG_INFO(MSG_INFO, &info);
	struct msqid_ds ds;
	IPCS_ASSERT_EQ(msgctl(top, MSG_STAT_ANY, &ds), second);
	IPCS_EXPECT_ERRNO(msgctl(top + 1, MSG_STAT_ANY, &ds), EINVAL);
	IPCS_SAFE(msgctl(second, IPC_RMID, NULL));
	IPCS_EXPECT_ERRNO(msgctl(top, MSG_STAT_ANY, &ds), EINVAL);
	(void)first;
}
#else
IPCS_TEST(unused_index_is_einval)
{
	IPCS_SKIP("built without MSG_STAT_ANY");
}
#endif

IPCS_MAIN(unused_index_is_einval)
