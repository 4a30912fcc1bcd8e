/*
 * A process with CAP_IPC_OWNER passes the read and alter permission checks
 * of semop(), semctl() and semget() on a set whose mode grants nothing;
 * without the capability (uid kept) the same calls fail with EACCES.
 *
 * Ref: semop(2), semctl(2), semget(2) ERRORS EACCES ("and does not have the
 * CAP_IPC_OWNER capability in the user namespace that governs its IPC
 * namespace"); capabilities(7) CAP_IPC_OWNER.
 */
#include "ipcsuite.h"
#include "ipcsuite_keys.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "CAP_IPC_OWNER bypasses the semaphore permission checks (mode 0000 set)",
          .ref = "semop(2), semctl(2), semget(2) ERRORS EACCES; capabilities(7)",
          .caps = IPCS_CAP(IPCS_CAP_IPC_OWNER), .tags = "permissions,capabilities");

static key_t key;
static int semid;

/* Negative control: without CAP_IPC_OWNER (uid kept) each is refused. */
static void without_cap(void *arg)
{
	(void)arg;
	unsigned short vals[1] = {3};
	struct semid_ds ds;
	ipcs_drop_effective_cap(IPCS_CAP_IPC_OWNER);
	IPCS_EXPECT_ERRNO(semget(key, 1, 0666), EACCES);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, SETALL, (union ipcs_semun){.array = vals}), EACCES);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, SETVAL, (union ipcs_semun){.val = 2}), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, 1, IPC_NOWAIT), EACCES);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, GETVAL), EACCES);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = &ds}), EACCES);
}

IPCS_TEST(mode_zero_set_usable)
{
	key = ipcs_unique_key();
	semid = ipcs_semget(key, 1, IPC_CREAT | IPC_EXCL | 0000);
	unsigned short vals[1] = {3};
	struct semid_ds ds;
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(without_cap, NULL), 0);
	IPCS_EXPECT_EQ(semget(key, 1, 0666), semid);
	IPCS_EXPECT_OK(semctl(semid, 0, SETALL, (union ipcs_semun){.array = vals}));
	IPCS_EXPECT_OK(semctl(semid, 0, SETVAL, (union ipcs_semun){.val = 2}));
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, -1, 0));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 1);
	IPCS_EXPECT_OK(semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = &ds}));
	IPCS_EXPECT_EQ(ds.sem_perm.mode & 0777, 0);
}

IPCS_MAIN(mode_zero_set_usable)
