/*
 * Linux grants the group mode bits to a process that has the object's gid
 * among its supplementary groups, not only as its effective gid; without
 * that group the same process is judged by the others bits.
 *
 * Ref: ipc/util.c ipcperms() uses in_group_p(), which checks the effective
 * and the supplementary groups (credentials(7) "Supplementary group IDs":
 * "used in permission checks for files and other shared resources");
 * POSIX.1-2017 XSH 2.7.1 names only "the effective group ID of the process",
 * so Linux is broader here and this case tests the kernel; shmctl(2)
 * ipc_perm ("0040 Read by group"); semctl(2), msgctl(2) likewise.
 */
#include <unistd.h>

#include "ipcsuite_keys.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a supplementary group matching the object's gid gets the group bits (Linux)",
          .ref = "ipc/util.c ipcperms(); credentials(7); POSIX.1-2017 XSH 2.7.1",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "ipc_perm,permissions");

static enum ipcs_sysv facility;
static int object_id;

static void with_group(void *arg)
{
	bool member = *(bool *)arg;
	gid_t extra = ipcs_user_gid(1);
	/* Identity 0's uid and egid; identity 1's gid only as a
	 * supplementary group, or not at all. */
	ipcs_become_ids(ipcs_user_uid(0), ipcs_user_gid(0), &extra, member ? 1 : 0);
	if (member) {
		IPCS_EXPECT_OK(ipcs_sysv_read_op(facility, object_id));
		IPCS_EXPECT_ERRNO(ipcs_sysv_write_op(facility, object_id), EACCES);
	} else {
		/* Others: write only (a read-write attach needs read too). */
		IPCS_EXPECT_ERRNO(ipcs_sysv_read_op(facility, object_id), EACCES);
		if (facility != IPCS_SYSV_SHM)
			IPCS_EXPECT_OK(ipcs_sysv_write_op(facility, object_id));
	}
}

static void check(enum ipcs_sysv f)
{
	facility = f;
	ipcs_require_mapped(ipcs_user_uid(1), ipcs_user_gid(1));
	/* Group read only, others write only: the two classes differ. */
	object_id = ipcs_sysv_new(f, IPC_PRIVATE, IPC_CREAT | 0042);
	union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, object_id);
	struct ipc_perm *perm = ipcs_sysv_perm(f, &ds);
	if (perm->uid == ipcs_user_uid(0) || perm->cgid == ipcs_user_gid(0) ||
	    perm->cgid == ipcs_user_gid(1))
		IPCS_BROKEN("this process runs as one of the test identities");
	perm->gid = ipcs_user_gid(1);
	IPCS_SAFE(ipcs_sysv_set(f, object_id, &ds));
	bool member = true;
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(with_group, &member), 0);
	member = false;
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(with_group, &member), 0);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
