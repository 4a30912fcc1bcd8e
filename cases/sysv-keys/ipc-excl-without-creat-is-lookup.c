/*
 * IPC_EXCL has an effect only together with IPC_CREAT: a get call with
 * IPC_EXCL alone on a key that has an object is a plain lookup and
 * returns that object's id (no EEXIST).
 *
 * Ref: semget(2) DESCRIPTION ("If semflg specifies both IPC_CREAT and
 * IPC_EXCL and a semaphore set already exists for key, then semget() fails
 * with errno set to EEXIST"), ERRORS EEXIST ("IPC_CREAT and IPC_EXCL were
 * specified"); msgget(2), shmget(2) likewise; POSIX.1-2017 semget ERRORS
 * [EEXIST] ("(semflg &IPC_CREAT) && (semflg &IPC_EXCL) is non-zero");
 * ipc/util.c ipcget_public().
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_EXCL without IPC_CREAT on a key in use returns the existing id",
          .ref = "semget(2), msgget(2), shmget(2) DESCRIPTION, ERRORS EEXIST; POSIX.1-2017 semget",
          .tags = "keys");

static void check(enum ipcs_sysv f)
{
	key_t key = ipcs_unique_key();
	int id = ipcs_sysv_new(f, key, IPC_CREAT | IPC_EXCL | 0600);
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, IPC_EXCL | 0600), id);
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, IPC_EXCL), id);
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
