/*
 * A get call with IPC_CREAT (without IPC_EXCL) on a key that already has an
 * object returns that object's identifier instead of creating another.
 *
 * Ref: shmget(2) DESCRIPTION ("IPC_CREAT: Create a new segment. If this flag
 * is not used, then shmget() will find the segment associated with key");
 * semget(2), msgget(2) DESCRIPTION; POSIX.1-2017 shmget ("A shared memory
 * identifier ... [is] created for key if ... key does not already have a
 * shared memory identifier associated with it, and (shmflg &IPC_CREAT) is
 * non-zero").
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_CREAT on a key in use returns the existing object's id",
          .ref = "semget(2), msgget(2), shmget(2) DESCRIPTION; POSIX.1-2017 shmget",
          .tags = "keys");

static void check(enum ipcs_sysv f)
{
	key_t key = ipcs_unique_key();
	int id = ipcs_sysv_new(f, key, IPC_CREAT | IPC_EXCL | 0600);
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, IPC_CREAT | 0600), id);
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, 0), id); /* plain lookup */
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
