/*
 * semget() with IPC_CREAT | IPC_EXCL on a key that already has a set fails
 * with EEXIST.
 *
 * Ref: semget(2) DESCRIPTION ("If semflg specifies both IPC_CREAT and IPC_EXCL
 * and a semaphore set already exists for key, then semget() fails with errno
 * set to EEXIST"), ERRORS EEXIST; POSIX.1-2017 semget.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "semget with IPC_CREAT|IPC_EXCL on a key that has a set fails with EEXIST",
          .ref = "semget(2) DESCRIPTION, ERRORS EEXIST; POSIX.1-2017 semget",
          .tags = "semget,key,errno");

IPCS_TEST(existing_key_eexist)
{
	key_t key = ipcs_unique_key();
	ipcs_semget(key, 1, IPC_CREAT | IPC_EXCL | 0600);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(key, 1, IPC_CREAT | IPC_EXCL | 0600), EEXIST);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(key, 0, IPC_CREAT | IPC_EXCL), EEXIST);
}

IPCS_MAIN(existing_key_eexist)
