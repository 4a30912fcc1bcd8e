/*
 * The creator keeps the owner mode bits after giving the object away: with
 * mode 0600 and uid changed to another user, the creator (cuid) still reads
 * and writes it. Linux's ipcperms() grants the owner bits to an effective
 * uid matching either cuid or uid, as POSIX describes; the Linux man pages
 * only name the owner.
 *
 * Ref: POSIX.1-2017 XSH 2.7.1 IPC ("If the effective user ID of the process
 * matches xxx_perm.cuid or xxx_perm.uid in the data structure associated
 * with the IPC identifier, and the appropriate bit of the user field in
 * xxx_perm.mode is set, the requested access shall be granted");
 * ipc/util.c ipcperms(); shmctl(2) ipc_perm ("0400 Read by user").
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "the creator is judged by the owner bits even after IPC_SET changes uid",
          .ref = "POSIX.1-2017 XSH 2.7.1; ipc/util.c ipcperms(); shmctl(2) ipc_perm",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "ipc_perm,permissions");

static enum ipcs_sysv facility;
static int object_id;

static void creator(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	IPCS_EXPECT_OK(ipcs_sysv_read_op(facility, object_id));
	IPCS_EXPECT_OK(ipcs_sysv_write_op(facility, object_id));
}

static void check(enum ipcs_sysv f)
{
	facility = f;
	object_id = ipcs_sysv_new_as_user(f, 0, IPC_PRIVATE, IPC_CREAT | 0600);
	union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, object_id);
	ipcs_sysv_perm(f, &ds)->uid = ipcs_user_uid(1);
	ipcs_sysv_perm(f, &ds)->gid = ipcs_user_gid(1);
	IPCS_SAFE(ipcs_sysv_set(f, object_id, &ds));
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(creator, NULL), 0);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
