/*
 * semget() without IPC_CREAT on a key that has no set fails with ENOENT.
 *
 * Ref: semget(2) ERRORS ENOENT ("No semaphore set exists for key and semflg
 * did not specify IPC_CREAT"); POSIX.1-2017 semget.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "semget without IPC_CREAT on a key with no set fails with ENOENT",
          .ref = "semget(2) ERRORS ENOENT; POSIX.1-2017 semget", .tags = "semget,key,errno");

IPCS_TEST(unused_key_enoent)
{
	key_t key = ipcs_unique_key();
	IPCS_EXPECT_ERRNO(ipcs_semget_try(key, 1, 0600), ENOENT);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(key, 0, 0), ENOENT);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(key, 1, IPC_EXCL | 0600), ENOENT);
}

/* A removed set's key is free again. */
IPCS_TEST(removed_key_enoent)
{
	key_t key = ipcs_unique_key();
	int semid = ipcs_semget(key, 1, IPC_CREAT | IPC_EXCL | 0600);
	ipcs_sem_rm(semid);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(key, 1, 0600), ENOENT);
}

IPCS_MAIN(unused_key_enoent, removed_key_enoent)
