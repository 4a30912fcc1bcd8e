/*
 * SEM_STAT_ANY is SEM_STAT without the read-permission check: an
 * unprivileged process gets the semid_ds of a set with mode 0000, where
 * SEM_STAT and IPC_STAT fail with EACCES.
 *
 * Ref: semctl(2) SEM_STAT_ANY ("sem_perm.mode is not checked for read access
 * for semid meaning that any user can employ this operation"), SEM_STAT,
 * ERRORS EACCES.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"
#include "ipcsuite_sysv.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SEM_STAT_ANY returns a set's semid_ds without read permission, where "
                      "SEM_STAT fails with EACCES",
          .ref = "semctl(2) SEM_STAT_ANY, SEM_STAT, ERRORS EACCES", .features = "sem_stat_any",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "semctl,sem-stat,permissions");

static int semid, idx;

static void as_other(void *arg)
{
	(void)arg;
	ipcs_become_other();
	struct semid_ds ds;
	IPCS_EXPECT_ERRNO(semctl(idx, 0, SEM_STAT, (union ipcs_semun){.buf = &ds}), EACCES);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = &ds}), EACCES);
	IPCS_EXPECT_EQ(semctl(idx, 0, SEM_STAT_ANY, (union ipcs_semun){.buf = &ds}), semid);
	IPCS_EXPECT_EQ(ds.sem_nsems, 2);
	IPCS_EXPECT_EQ(ds.sem_perm.mode & 0777, 0);
}

IPCS_TEST(no_read_permission_needed)
{
	ipcs_require_other();
	ipcs_require_stat_any(IPCS_SYSV_SEM);
	semid = ipcs_semget(IPC_PRIVATE, 2, IPC_CREAT | 0000);
	struct seminfo si;
	int max = semctl(0, 0, IPC_INFO, (union ipcs_semun){.__buf = &si});
	IPCS_ASSERT_OK(max);
	idx = -1;
	for (int i = 0; i <= max && idx < 0; i++) {
		struct semid_ds ds;
		if (semctl(i, 0, SEM_STAT_ANY, (union ipcs_semun){.buf = &ds}) == semid)
			idx = i;
	}
	IPCS_ASSERT_GE(idx, 0);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(as_other, NULL), 0);
}

IPCS_MAIN(no_read_permission_needed)
