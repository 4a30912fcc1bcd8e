/*
 * A new object's ipc_perm holds the creator's effective uid and gid in both
 * the creator (cuid, cgid) and owner (uid, gid) fields, and the key it was
 * created with.
 *
 * Ref: shmget(2) DESCRIPTION ("shm_perm.cuid and shm_perm.uid are set to the
 * effective user ID of the calling process. shm_perm.cgid and shm_perm.gid
 * are set to the effective group ID"); semget(2), msgget(2) DESCRIPTION say
 * the same for sem_perm and msg_perm; POSIX.1-2017 shmget.
 */
#include <unistd.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a new object's cuid/uid and cgid/gid are the creator's euid and egid",
          .ref = "semget(2), msgget(2), shmget(2) DESCRIPTION; POSIX.1-2017 shmget",
          .tags = "ipc_perm");

static void check(enum ipcs_sysv f)
{
	key_t key = ipcs_unique_key();
	int id = ipcs_sysv_new(f, key, IPC_CREAT | IPC_EXCL | 0640);
	union ipcs_sysv_ds ds = ipcs_sysv_stat_safe(f, id);
	struct ipc_perm *perm = ipcs_sysv_perm(f, &ds);
	IPCS_EXPECT_EQ(perm->cuid, geteuid());
	IPCS_EXPECT_EQ(perm->uid, geteuid());
	IPCS_EXPECT_EQ(perm->cgid, getegid());
	IPCS_EXPECT_EQ(perm->gid, getegid());
	IPCS_EXPECT_EQ(perm->__key, key);
	IPCS_EXPECT_EQ(perm->mode & 0777, 0640);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
