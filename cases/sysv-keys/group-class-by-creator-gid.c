/*
 * The group class also covers the creator's group: a process whose group
 * matches the object's cgid, though the object's gid was changed to
 * another group, gets the group mode bits.
 *
 * Ref: POSIX.1-2017 XSH 2.7.1 IPC ("if the effective group ID of the process
 * matches xxx_perm.cgid or xxx_perm.gid in the data structure associated
 * with the IPC identifier, and the appropriate bit of the group field in
 * xxx_perm.mode is set, the requested access shall be granted"); ipc/util.c
 * ipcperms() tests cgid and gid; shmctl(2) ipc_perm ("cgid Effective GID
 * of creator"; "0040 Read by group"); semctl(2), msgctl(2) likewise.
 */
#include <unistd.h>

#include "ipcsuite_keys.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a member of the creator's group (cgid) gets the group mode bits",
          .ref = "POSIX.1-2017 XSH 2.7.1; ipc/util.c ipcperms(); shmctl(2) ipc_perm",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "ipc_perm,permissions");

static enum ipcs_sysv facility;
static int object_id;

static void creator_group_member(void *arg)
{
	(void)arg;
	ipcs_become_user(1);
	IPCS_EXPECT_OK(ipcs_sysv_read_op(facility, object_id));
	IPCS_EXPECT_ERRNO(ipcs_sysv_write_op(facility, object_id), EACCES);
}

static void check(enum ipcs_sysv f)
{
	facility = f;
	uid_t creator_uid = ipcs_user_uid(0);
	gid_t shared_gid = ipcs_user_gid(1);
	/* Created by identity 0's uid with identity 1's group: cgid is
	 * identity 1's, cuid and uid are not. Group read only. */
	object_id = ipcs_sysv_new_as_ids(f, creator_uid, shared_gid, IPC_PRIVATE, IPC_CREAT | 0040);
	union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, object_id);
	struct ipc_perm *perm = ipcs_sysv_perm(f, &ds);
	IPCS_ASSERT_EQ(perm->cgid, shared_gid);
	/* Move gid elsewhere (this process's group): only cgid matches. */
	perm->gid = getegid();
	IPCS_ASSERT_NE(perm->gid, shared_gid);
	IPCS_SAFE(ipcs_sysv_set(f, object_id, &ds));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(creator_group_member, NULL), 0);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
