/*
 * Looking up an existing object by key checks the permission bits passed in
 * the flags against the object's mode: asking for more than the caller is
 * granted fails with EACCES, asking for what is granted (or for nothing)
 * returns the id.
 *
 * Ref: shmget(2) DESCRIPTION ("If the shared memory segment already exists,
 * the permissions are verified"), ERRORS EACCES; semget(2), msgget(2)
 * ERRORS EACCES; POSIX.1-2017 shmget ERRORS [EACCES]; ipc/util.c
 * ipc_check_perms() passes the flags to ipcperms().
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a key lookup asking for mode bits the caller lacks fails with EACCES",
          .ref = "semget(2), msgget(2), shmget(2) ERRORS EACCES; POSIX.1-2017 shmget",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "keys,permissions");

static enum ipcs_sysv facility;
static key_t key;
static int object_id;

static void stranger(void *arg)
{
	(void)arg;
	enum ipcs_sysv f = facility;
	ipcs_become_user(0);
	IPCS_EXPECT_ERRNO(ipcs_sysv_get(f, key, 0666), EACCES); /* write is not granted */
	IPCS_EXPECT_ERRNO(ipcs_sysv_get(f, key, 0002), EACCES);
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, 0444), object_id);
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, 0), object_id);
}

static void check(enum ipcs_sysv f)
{
	facility = f;
	key = ipcs_unique_key();
	object_id = ipcs_sysv_new_as_user(f, 1, key, IPC_CREAT | IPC_EXCL | 0644);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stranger, NULL), 0);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
