/*
 * A process that is neither the queue's owner nor its creator but whose
 * group is the queue's group (msg_perm.gid) is judged by the group mode
 * bits: 0040 lets it receive, 0020 lets it send, and the "others" bits do
 * not apply to it even when they grant more.
 *
 * Ref: msgctl(2) ipc_perm ("0040 Read by group, 0020 Write by group", "gid
 * Effective GID of owner"); msgop(2) DESCRIPTION ("The calling process must
 * have write permission on the message queue in order to send a message,
 * and read permission to receive a message."), ERRORS EACCES; POSIX.1-2017
 * XBD 4.7 IPC ("if ... the effective group ID of the process matches
 * xxx_perm.cgid or xxx_perm.gid ... and the appropriate bit of the group
 * field in xxx_perm.mode is set, the requested access shall be granted");
 * ipc/util.c ipcperms() picks one class: owner, else group, else others.
 */
#include "ipcsuite_msg.h"
#include "ipcsuite_shm.h"

IPCS_CASE(.behavior = "a member of the queue's group gets the group bits, not the others bits",
          .ref = "msgctl(2) ipc_perm; msgop(2) DESCRIPTION, ERRORS EACCES; POSIX.1-2017 XBD 4.7",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "msgsnd,msgrcv,permissions");

static int msqid;
static gid_t member_gid; /* identity 0's, read before any switch */

/* As the owner (identity 1): give the queue to identity 0's group. */
static void owner_sets_group(void *arg)
{
	ipcs_become_user(1);
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	ds.msg_perm.gid = member_gid;
	ds.msg_perm.mode = (unsigned short)*(int *)arg;
	IPCS_SAFE(msgctl(msqid, IPC_SET, &ds));
}

static void group_member(void *arg)
{
	int mode = *(int *)arg;
	ipcs_become_user(0);
	if (mode & 0020)
		IPCS_EXPECT_OK(ipcs_sysv_write_op(IPCS_SYSV_MSG, msqid));
	else
		IPCS_EXPECT_ERRNO(ipcs_sysv_write_op(IPCS_SYSV_MSG, msqid), EACCES);
	if (mode & 0040)
		IPCS_EXPECT_OK(ipcs_sysv_read_op(IPCS_SYSV_MSG, msqid));
	else
		IPCS_EXPECT_ERRNO(ipcs_sysv_read_op(IPCS_SYSV_MSG, msqid), EACCES);
}

static void check_mode(int mode)
{
	member_gid = ipcs_user_gid(0);
	ipcs_require_mapped(ipcs_user_uid(1), member_gid);
	if (member_gid == ipcs_user_gid(1))
		IPCS_SKIP("the two identities share gid %lu", (unsigned long)member_gid);
	msqid = ipcs_sysv_new_as_user(IPCS_SYSV_MSG, 1, IPC_PRIVATE, IPC_CREAT | 0600);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(owner_sets_group, &mode), 0);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(group_member, &mode), 0);
}

IPCS_TEST(group_read_only)
{
	check_mode(0640);
}

IPCS_TEST(group_write_only)
{
	check_mode(0620);
}

IPCS_TEST(group_bits_override_others)
{
	/* Others may do everything, the group nothing: the group member may
	 * do nothing. */
	check_mode(0606);
}

IPCS_MAIN(group_read_only, group_write_only, group_bits_override_others)
