/*
 * A get call with IPC_CREAT | IPC_EXCL on a key that already has an object
 * fails with EEXIST and leaves that object alone.
 *
 * Ref: shmget(2) DESCRIPTION ("If shmflg specifies both IPC_CREAT and
 * IPC_EXCL and a shared memory segment already exists for key, then
 * shmget() fails with errno set to EEXIST"), ERRORS EEXIST; semget(2),
 * msgget(2) ERRORS EEXIST; POSIX.1-2017 shmget ERRORS [EEXIST].
 */
#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "IPC_CREAT|IPC_EXCL on a key in use fails with EEXIST",
          .ref = "semget(2), msgget(2), shmget(2) ERRORS EEXIST; POSIX.1-2017 shmget",
          .tags = "keys");

static void check(enum ipcs_sysv f)
{
	key_t key = ipcs_unique_key();
	int id = ipcs_sysv_new(f, key, IPC_CREAT | IPC_EXCL | 0600);
	int again;
	if (!IPCS_EXPECT_ERRNO(again = ipcs_sysv_get(f, key, IPC_CREAT | IPC_EXCL | 0600),
	                       EEXIST) &&
	    again >= 0 && again != id)
		ipcs_sysv_track(f, again);
	IPCS_EXPECT_EQ(ipcs_sysv_get(f, key, 0), id); /* still there, same id */
}

IPCS_SYSV_TESTS(check)
IPCS_MAIN(sem, msg, shm)
