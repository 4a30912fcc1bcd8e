/*
 * A get call without IPC_CREAT on a key that has no object fails with
 * ENOENT.
 *
 * Ref: shmget(2) ERRORS ("ENOENT No segment exists for the given key, and
 * IPC_CREAT was not specified"); semget(2), msgget(2) ERRORS ENOENT;
 * POSIX.1-2017 shmget ERRORS [ENOENT].
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "looking up a key with no object, without IPC_CREAT, fails with ENOENT",
          .ref = "semget(2), msgget(2), shmget(2) ERRORS ENOENT; POSIX.1-2017 shmget",
          .tags = "keys");

static void check(enum ipcs_sysv f)
{
	key_t key = ipcs_unique_key();
	int id;
	if (!IPCS_EXPECT_ERRNO(id = ipcs_sysv_get(f, key, 0600), ENOENT) && id >= 0)
		ipcs_sysv_track(f, id);
	/* IPC_EXCL without IPC_CREAT creates nothing either. */
	if (!IPCS_EXPECT_ERRNO(id = ipcs_sysv_get(f, key, IPC_EXCL | 0600), ENOENT) && id >= 0)
		ipcs_sysv_track(f, id);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
