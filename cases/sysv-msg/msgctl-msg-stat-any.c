/*
 * msgctl(MSG_STAT_ANY) returns a queue's msqid_ds without checking read
 * permission, where MSG_STAT and IPC_STAT fail with EACCES.
 *
 * Ref: msgctl(2) MSG_STAT_ANY ("msg_perm.mode is not checked for read access
 * for msqid meaning that any user can employ this operation"), ERRORS EACCES
 * ("The argument cmd is equal to IPC_STAT or MSG_STAT, but the calling process
 * does not have read permission"). Linux-specific, since Linux 4.17.
 */
#include "ipcsuite_msg.h"
#include "ipcsuite_sysv.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "MSG_STAT_ANY ignores read permission; MSG_STAT and IPC_STAT need it "
                      "(EACCES)",
          .ref = "msgctl(2) MSG_STAT_ANY, ERRORS", .needs = IPCS_NEEDS_UNPRIV,
          .features = "msg_stat_any", .tags = "msgctl,permissions,linux-specific");

#ifdef HAVE_MSG_STAT_ANY
static int msqid, index_of_queue;

static void stat_without_read(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	struct msqid_ds ds;
	IPCS_EXPECT_ERRNO(msgctl(msqid, IPC_STAT, &ds), EACCES);
	IPCS_EXPECT_ERRNO(msgctl(index_of_queue, MSG_STAT, &ds), EACCES);
	IPCS_EXPECT_EQ(msgctl(index_of_queue, MSG_STAT_ANY, &ds), msqid);
	IPCS_EXPECT_EQ(ds.msg_qnum, 1);
}

IPCS_TEST(stat_any_needs_no_read_permission)
{
	ipcs_require_stat_any(IPCS_SYSV_MSG);
	msqid = ipcs_msgget(IPC_PRIVATE, IPC_CREAT | 0600);
	IPCS_MSG_PUT(msqid, 1, "x");
	struct msginfo info;
	int highest = (int)IPCS_SAFE(msgctl(0, IPC_INFO, (struct msqid_ds *)&info));
	index_of_queue = -1;
	for (int index = 0; index <= highest && index_of_queue < 0; index++) {
		struct msqid_ds ds;
		if (msgctl(index, MSG_STAT_ANY, &ds) == msqid)
			index_of_queue = index;
	}
	if (index_of_queue < 0)
		IPCS_BROKEN("MSG_STAT_ANY found queue %d at no index up to %d", msqid, highest);
	/* Mode 0200: write only, for the owner: no one may read. */
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	ds.msg_perm.mode = 0200;
	IPCS_SAFE(msgctl(msqid, IPC_SET, &ds));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stat_without_read, NULL), 0);
}

IPCS_MAIN(stat_any_needs_no_read_permission)
#else
IPCS_TEST(stat_any_needs_no_read_permission)
{
	IPCS_SKIP("built without MSG_STAT_ANY");
}
IPCS_MAIN(stat_any_needs_no_read_permission)
#endif
