/*
 * semget() initializes a new set's semid_ds: sem_perm.cuid and uid are the
 * caller's effective UID, cgid and gid its effective GID, the low 9 bits of
 * mode are those of semflg, sem_nsems is nsems, sem_otime is 0 and sem_ctime
 * the current time; IPC_STAT reports them, with the key in sem_perm.__key.
 *
 * Ref: semget(2) DESCRIPTION ("When creating a new semaphore set, semget()
 * initializes the set's associated data structure, semid_ds ... as follows"),
 * semctl(2) IPC_STAT; POSIX.1-2017 semget.
 */
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a new set's semid_ds holds the creator's euid/egid as owner and creator, "
                      "the mode bits, nsems, sem_otime 0 and sem_ctime now",
          .ref = "semget(2) DESCRIPTION; semctl(2) IPC_STAT; POSIX.1-2017 semget",
          .tags = "semget,ipc-stat");

static void check_initial(key_t key, int nsems, int mode)
{
	long long before = ipcs_realtime_s();
	int semid = ipcs_semget(key, nsems, IPC_CREAT | IPC_EXCL | mode);
	long long after = ipcs_realtime_s();
	struct semid_ds ds;

	IPCS_ASSERT_OK(semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = &ds}));
	IPCS_EXPECT_EQ(ds.sem_perm.__key, key);
	IPCS_EXPECT_EQ(ds.sem_perm.uid, geteuid());
	IPCS_EXPECT_EQ(ds.sem_perm.cuid, geteuid());
	IPCS_EXPECT_EQ(ds.sem_perm.gid, getegid());
	IPCS_EXPECT_EQ(ds.sem_perm.cgid, getegid());
	IPCS_EXPECT_EQ(ds.sem_perm.mode & 0777, mode);
	IPCS_EXPECT_EQ(ds.sem_nsems, nsems);
	IPCS_EXPECT_EQ(ds.sem_otime, 0);
	IPCS_EXPECT_GE(ds.sem_ctime, before);
	IPCS_EXPECT_LE(ds.sem_ctime, after);
}

IPCS_TEST(private_set)
{
	check_initial(IPC_PRIVATE, 3, 0640);
}

IPCS_TEST(keyed_set)
{
	check_initial(ipcs_unique_key(), 5, 0604);
}

/* IPC_STAT ignores semnum. */
IPCS_TEST(semnum_is_ignored)
{
	int semid = ipcs_sem_new(1);
	struct semid_ds ds;
	IPCS_EXPECT_OK(semctl(semid, 12345, IPC_STAT, (union ipcs_semun){.buf = &ds}));
	IPCS_EXPECT_EQ(ds.sem_nsems, 1);
}

IPCS_MAIN(private_set, keyed_set, semnum_is_ignored)
