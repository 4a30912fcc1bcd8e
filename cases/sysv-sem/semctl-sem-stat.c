/*
 * SEM_STAT takes an index into the kernel's array of sets (up to the value
 * IPC_INFO returns) instead of an identifier, returns the full identifier of
 * the set at that index and fills semid_ds as IPC_STAT does; an unused index
 * gives EINVAL, and it needs read permission.
 *
 * Ref: semctl(2) SEM_STAT, RETURN VALUE ("the identifier of the semaphore set
 * whose index was given in semid"; IPC_INFO: "the index of the highest used
 * entry"), ERRORS EINVAL ("for a SEM_STAT operation, the index value specified
 * in semid referred to an array slot that is currently unused"), EACCES.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SEM_STAT on an index returns that slot's set id with its semid_ds; unused "
                      "slot: EINVAL",
          .ref = "semctl(2) SEM_STAT, IPC_INFO, RETURN VALUE, ERRORS EINVAL",
          .tags = "semctl,sem-stat");

/* The index of semid: scan 0..max with SEM_STAT (SEM_STAT_ANY would do too). */
static int find_index(int semid, int max)
{
	for (int i = 0; i <= max; i++) {
		struct semid_ds ds;
		if (semctl(i, 0, SEM_STAT, (union ipcs_semun){.buf = &ds}) == semid)
			return i;
	}
	return -1;
}

IPCS_TEST(index_gives_id_and_stat)
{
	int semid = ipcs_semget(IPC_PRIVATE, 3, IPC_CREAT | 0640);
	struct seminfo si;
	int max = semctl(0, 0, IPC_INFO, (union ipcs_semun){.__buf = &si});
	IPCS_ASSERT_OK(max);
	int idx = find_index(semid, max);
	IPCS_ASSERT_GE(idx, 0);
	struct semid_ds a, b;
	IPCS_EXPECT_EQ(semctl(idx, 0, SEM_STAT, (union ipcs_semun){.buf = &a}), semid);
	ipcs_sem_stat(semid, &b);
	IPCS_EXPECT_EQ(a.sem_nsems, 3);
	IPCS_EXPECT_EQ(a.sem_perm.mode, b.sem_perm.mode);
	IPCS_EXPECT_EQ(a.sem_perm.uid, b.sem_perm.uid);
	IPCS_EXPECT_EQ(a.sem_ctime, b.sem_ctime);
}

IPCS_TEST(unused_index_einval)
{
	int semid = ipcs_sem_new(1);
	struct seminfo si;
	int max = semctl(0, 0, IPC_INFO, (union ipcs_semun){.__buf = &si});
	IPCS_ASSERT_OK(max);
	int idx = find_index(semid, max);
	IPCS_ASSERT_GE(idx, 0);
	ipcs_sem_rm(semid);
	struct semid_ds ds;
	/* The slot just freed, unless another process's semget took it. */
	errno = 0;
	int r = semctl(idx, 0, SEM_STAT, (union ipcs_semun){.buf = &ds});
	if (r != -1)
		IPCS_NOTE("slot %d was reused by set %d; only the far index is checked", idx, r);
	else
		IPCS_EXPECT_EQ(errno, EINVAL);
	IPCS_EXPECT_ERRNO(semctl(si.semmni + 1000000, 0, SEM_STAT, (union ipcs_semun){.buf = &ds}),
	                  EINVAL);
}

IPCS_MAIN(index_gives_id_and_stat, unused_index_einval)
