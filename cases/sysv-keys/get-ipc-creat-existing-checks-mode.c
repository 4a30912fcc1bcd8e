/*
 * A get call with IPC_CREAT on a key that already has an object is a
 * lookup and checks the requested mode bits like one: a stranger asking
 * IPC_CREAT | 0600 of a mode-0000 object fails with EACCES (and creates
 * nothing), while asking for no bits (flags 0, or IPC_CREAT alone) returns
 * the id whatever the object's mode.
 *
 * Ref: semget(2) DESCRIPTION ("If the semaphore set already exists, the
 * permissions are verified"), ERRORS EACCES ("A semaphore set exists for
 * key, but the calling process does not have permission to access the
 * set"); msgget(2), shmget(2) ERRORS EACCES;
 * POSIX.1-2017 shmget ERRORS [EACCES]; ipc/util.c ipcget_public() and
 * ipc_check_perms() pass the flags to ipcperms(), which asks only for the
 * bits requested (none for flags 0).
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "IPC_CREAT on an existing key checks the requested bits; asking none passes",
          .ref = "semget(2), msgget(2), shmget(2) ERRORS EACCES; ipc/util.c ipcget_public()",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "keys,permissions");

static enum ipcs_sysv facility;
static key_t key;
static int object_id;

static void stranger(void *arg)
{
	(void)arg;
	enum ipcs_sysv f = facility;
	ipcs_become_user(0);
	int got;
	if (!IPCS_EXPECT_ERRNO(got = ipcs_sysv_get(f, key, IPC_CREAT | 0600), EACCES) && got >= 0 &&
	    got != object_id)
		ipcs_sysv_track(f, got);
	IPCS_EXPECT_ERRNO(ipcs_sysv_get(f, key, IPC_CREAT | 0004), EACCES);
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, 0), object_id);
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, IPC_CREAT), object_id);
}

static void check(enum ipcs_sysv f)
{
	facility = f;
	key = ipcs_unique_key();
	object_id = ipcs_sysv_new_as_user(f, 1, key, IPC_CREAT | IPC_EXCL | 0000);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stranger, NULL), 0);
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, 0), object_id); /* the one object still */
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
