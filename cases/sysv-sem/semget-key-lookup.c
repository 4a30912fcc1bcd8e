/*
 * semget() on a key that has a set returns that set's identifier, with
 * IPC_CREAT or without, and nsems may be 0 or any value up to the set's size.
 *
 * Ref: semget(2) DESCRIPTION ("It may be used either to obtain the identifier
 * of a previously created semaphore set ..."; "The argument nsems can be 0 (a
 * don't care) when a semaphore set is not being created"); POSIX.1-2017 semget.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "semget on an existing key returns the same identifier, with nsems 0 or "
                      "up to the set's size, and IPC_CREAT alone does not create a second set",
          .ref = "semget(2) DESCRIPTION; POSIX.1-2017 semget", .tags = "semget,key");

IPCS_TEST(lookup_returns_the_same_id)
{
	key_t key = ipcs_unique_key();
	int semid = ipcs_semget(key, 4, IPC_CREAT | IPC_EXCL | 0600);
	IPCS_EXPECT_EQ(semget(key, 0, 0), semid);
	IPCS_EXPECT_EQ(semget(key, 1, 0), semid);
	IPCS_EXPECT_EQ(semget(key, 4, 0600), semid);
	IPCS_EXPECT_EQ(semget(key, 4, IPC_CREAT | 0600), semid);
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	IPCS_EXPECT_EQ(ds.sem_nsems, 4); /* the lookups did not resize it */
}

IPCS_MAIN(lookup_returns_the_same_id)
