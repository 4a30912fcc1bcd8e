/*
 * IPC_SET and IPC_RMID by an unprivileged process that is neither the
 * owner (uid) nor the creator (cuid) fail with EPERM, whatever the mode
 * bits allow, and leave the object as it was.
 *
 * Ref: shmctl(2) ERRORS ("EPERM IPC_SET or IPC_RMID is attempted, and the
 * effective user ID of the calling process is not that of the creator
 * (found in shm_perm.cuid), or the owner (found in shm_perm.uid), and the
 * process was not privileged"); semctl(2), msgctl(2) ERRORS EPERM;
 * POSIX.1-2017 shmctl ERRORS [EPERM].
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_SET and IPC_RMID by neither owner nor creator fail with EPERM",
          .ref = "semctl(2), msgctl(2), shmctl(2) ERRORS EPERM; POSIX.1-2017 shmctl",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "ipc_perm,permissions");

static enum ipcs_sysv facility;
static int object_id;
static union ipcs_sysv_ds original;

static void stranger(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	union ipcs_sysv_ds ds = original;
	ipcs_sysv_perm(facility, &ds)->mode = 0600;
	IPCS_EXPECT_ERRNO(ipcs_sysv_set(facility, object_id, &ds), EPERM);
	IPCS_EXPECT_ERRNO(ipcs_sysv_rmid(facility, object_id), EPERM);
}

static void check(enum ipcs_sysv f)
{
	facility = f;
	/* Identity 1 creates and owns it; mode 0666 grants everyone
	 * read and write, which must not matter here. */
	object_id = ipcs_sysv_new_as_user(f, 1, IPC_PRIVATE, IPC_CREAT | 0666);
	original = ipcs_sysv_stat_safe(f, object_id);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stranger, NULL), 0);
	union ipcs_sysv_ds after = ipcs_sysv_stat_safe(f, object_id);
	IPCS_EXPECT_EQ(ipcs_sysv_perm(f, &after)->mode & 0777, 0666);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
