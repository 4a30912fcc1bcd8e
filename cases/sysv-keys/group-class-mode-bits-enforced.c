/*
 * A process that is neither owner nor creator but whose group matches the
 * object's gid is judged by the group mode bits, not the others bits: it
 * gets exactly what the group bits grant, and is refused what only the
 * others bits would grant.
 *
 * Ref: shmctl(2) ipc_perm ("0040 Read by group, 0020 Write by group";
 * "gid Effective GID of owner"); semctl(2), msgctl(2) likewise; svipc(7)
 * ("the permissions of the calling process are checked against ... the
 * group"); POSIX.1-2017 XSH 2.7.1 ("if the effective group ID of the process
 * matches xxx_perm.cgid or xxx_perm.gid ... and the appropriate bit of the
 * group field ... is set, the requested access shall be granted");
 * ipc/util.c ipcperms() (owner, else group, else others).
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a member of the object's group gets the group bits, never the others bits",
          .ref = "shmctl(2), semctl(2), msgctl(2) ipc_perm; POSIX.1-2017 XSH 2.7.1; "
                 "ipc/util.c ipcperms()",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "ipc_perm,permissions");

static enum ipcs_sysv facility;
static int id_group_read, id_others_only, id_foreign_group;

static void group_member(void *arg)
{
	(void)arg;
	enum ipcs_sysv f = facility;
	ipcs_become_user(1);
	/* 0040, our gid: read granted, write not. */
	IPCS_EXPECT_OK(ipcs_sysv_read_op(f, id_group_read));
	IPCS_EXPECT_ERRNO(ipcs_sysv_write_op(f, id_group_read), EACCES);
	/* 0006, our gid: the group class applies and grants nothing. */
	IPCS_EXPECT_ERRNO(ipcs_sysv_read_op(f, id_others_only), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_sysv_write_op(f, id_others_only), EACCES);
	/* 0006, another gid: we are "others", and get read and write. */
	IPCS_EXPECT_OK(ipcs_sysv_read_op(f, id_foreign_group));
	IPCS_EXPECT_OK(ipcs_sysv_write_op(f, id_foreign_group));
}

/* A new object with mode, owned by this process; gid changed to group. */
static int object_with_group(enum ipcs_sysv f, int mode, gid_t group)
{
	int id = ipcs_sysv_new(f, IPC_PRIVATE, IPC_CREAT | mode);
	union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, id);
	struct ipc_perm *perm = ipcs_sysv_perm(f, &ds);
	if (perm->uid == ipcs_user_uid(1) || perm->cgid == ipcs_user_gid(1))
		IPCS_BROKEN("this process runs as identity 1 (uid %lu, gid %lu)",
		            (unsigned long)perm->uid, (unsigned long)perm->cgid);
	perm->gid = group;
	IPCS_SAFE(ipcs_sysv_set(f, id, &ds));
	return id;
}

static void check(enum ipcs_sysv f)
{
	facility = f;
	gid_t ours = ipcs_user_gid(1);
	ipcs_require_mapped(ipcs_user_uid(1), ours);
	id_group_read = object_with_group(f, 0040, ours);
	id_others_only = object_with_group(f, 0006, ours);
	union ipcs_sysv_ds ds;
	id_foreign_group = ipcs_sysv_new(f, IPC_PRIVATE, IPC_CREAT | 0006);
	ds = ipcs_sysv_stat_safe(f, id_foreign_group);
	IPCS_ASSERT_NE(ipcs_sysv_perm(f, &ds)->gid, ours);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(group_member, NULL), 0);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
