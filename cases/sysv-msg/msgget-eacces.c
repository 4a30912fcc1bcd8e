/*
 * msgget() on an existing queue fails with EACCES when the caller asks, in
 * msgflg, for access that the queue's mode does not grant it.
 *
 * Ref: msgget(2) ERRORS ("EACCES A message queue exists for key, but the
 * calling process does not have permission to access the queue, and does not
 * have the CAP_IPC_OWNER capability"); POSIX.1-2017 msgget [EACCES]. The
 * requested access is the permission bits in msgflg (ipc/util.c ipcperms).
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgget of a queue without the requested permission fails with EACCES",
          .ref = "msgget(2) ERRORS; POSIX.1-2017 msgget", .needs = IPCS_NEEDS_UNPRIV,
          .tags = "msgget,permissions,errno");

static key_t key;
static int msqid;

static void lookup_as_user(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	/* mode 0222 grants write to everyone and read to no one. */
	IPCS_EXPECT_ERRNO(msgget(key, 0400), EACCES);
	IPCS_EXPECT_ERRNO(msgget(key, 0004), EACCES);
	IPCS_EXPECT_EQ(msgget(key, 0200), msqid);
}

IPCS_TEST(missing_read_permission_is_eacces)
{
	key = ipcs_unique_key();
	msqid = ipcs_msgget(key, IPC_CREAT | IPC_EXCL | 0222);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(lookup_as_user, NULL), 0);
}

IPCS_MAIN(missing_read_permission_is_eacces)
