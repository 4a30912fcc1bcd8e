/*
 * IPC_SET and IPC_RMID by a process that is neither the queue's creator nor
 * its owner, and unprivileged, fail with EPERM and change nothing; the owner
 * (not the creator) may do both.
 *
 * Ref: msgctl(2) IPC_SET ("The effective UID of the calling process must
 * match the owner (msg_perm.uid) or creator (msg_perm.cuid) of the message
 * queue, or the caller must be privileged."), IPC_RMID, ERRORS EPERM;
 * POSIX.1-2017 msgctl [EPERM].
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_SET/IPC_RMID by neither owner nor creator fail with EPERM; the owner "
                      "may",
          .ref = "msgctl(2) IPC_SET, IPC_RMID, ERRORS; POSIX.1-2017 msgctl",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "msgctl,permissions,errno");

static int msqid;

static void stranger(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	struct msqid_ds ds;
	IPCS_ASSERT_OK(msgctl(msqid, IPC_STAT, &ds)); /* mode 0666 allows reading */
	ds.msg_perm.mode = 0600;
	IPCS_EXPECT_ERRNO(msgctl(msqid, IPC_SET, &ds), EPERM);
	IPCS_EXPECT_ERRNO(msgctl(msqid, IPC_RMID, NULL), EPERM);
}

static void owner(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	struct msqid_ds ds;
	IPCS_ASSERT_OK(msgctl(msqid, IPC_STAT, &ds));
	ds.msg_perm.mode = 0644;
	IPCS_EXPECT_OK(msgctl(msqid, IPC_SET, &ds));
	IPCS_EXPECT_OK(msgctl(msqid, IPC_RMID, NULL));
}

static void require_distinct_creator(void)
{
	if (ipcs_is_unprivileged())
		IPCS_SKIP("needs a creator other than the unprivileged identity (run as root)");
}

IPCS_TEST(neither_owner_nor_creator_is_eperm)
{
	require_distinct_creator();
	msqid = ipcs_msgget(IPC_PRIVATE, IPC_CREAT | 0666);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stranger, NULL), 0);
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds); /* still there */
	IPCS_EXPECT_EQ(ds.msg_perm.mode & 0777, 0666);
}

IPCS_TEST(owner_not_creator_may)
{
	require_distinct_creator();
	msqid = ipcs_msgget(IPC_PRIVATE, IPC_CREAT | 0600);
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	ds.msg_perm.uid = ipcs_user_uid(0);
	IPCS_SAFE(msgctl(msqid, IPC_SET, &ds));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(owner, NULL), 0);
	if (msgctl(msqid, IPC_STAT, &ds) == -1 && errno == EINVAL)
		ipcs_untrack(IPCS_OBJ_MSG, msqid, NULL);
	else
		IPCS_FAIL("queue %d still exists after its owner removed it", msqid);
}

IPCS_MAIN(neither_owner_nor_creator_is_eperm, owner_not_creator_may)
