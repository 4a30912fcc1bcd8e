/*
 * sem_ctime changes on IPC_SET, SETVAL and SETALL, and not on semop() or the
 * reading commands (GETVAL, GETALL, IPC_STAT).
 *
 * Ref: semctl(2) semid_ds ("sem_ctime Time of creation of semaphore set or
 * time of last semctl() IPCSET, SETVAL, or SETALL operation"); POSIX.1-2017
 * semctl.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_ctime moves on IPC_SET, SETVAL and SETALL only, not on semop or reads",
          .ref = "semctl(2) semid_ds, IPC_SET, SETVAL, SETALL; POSIX.1-2017 semctl",
          .tags = "semctl,time");

static long long ctime_of(int semid)
{
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	return ds.sem_ctime;
}

IPCS_TEST(which_operations_move_it)
{
	/* Five sets, each stamped at its creation; once the clock's second has
	 * turned past every creation stamp (the one wait of this case), one
	 * operation on each. An operation that moves sem_ctime leaves a stamp
	 * later than its creation stamp; one that does not leaves the creation
	 * stamp, read before the wait, so that an IPC_STAT that moved it would
	 * show too. */
	int set_val = ipcs_sem_new(1), set_all = ipcs_sem_new(1), ipc_set = ipcs_sem_new(1),
	    op = ipcs_sem_new(1), reads = ipcs_sem_new(1);
	long long op_created = ctime_of(op);
	long long latest = ctime_of(reads); /* made last: the latest creation stamp */
	IPCS_WAIT_REALTIME_AFTER(latest);
	struct semid_ds ds;
	ipcs_sem_stat(ipc_set, &ds);
	ds.sem_perm.mode = 0640;
	unsigned short v[1] = {1};
	ipcs_sem_setval(set_val, 0, 1);
	ipcs_sem_setall(set_all, v);
	IPCS_ASSERT_OK(semctl(ipc_set, 0, IPC_SET, (union ipcs_semun){.buf = &ds}));
	long long after = ipcs_realtime_s();
	IPCS_ASSERT_OK(ipcs_semop1(op, 0, 1, 0));
	IPCS_ASSERT_OK(semctl(reads, 0, GETVAL));
	IPCS_ASSERT_OK(semctl(reads, 0, GETALL, (union ipcs_semun){.array = v}));
	IPCS_ASSERT_OK(semctl(reads, 0, IPC_STAT, (union ipcs_semun){.buf = &ds}));
	IPCS_EXPECT_GT(ctime_of(set_val), latest);
	IPCS_EXPECT_LE(ctime_of(set_val), after);
	IPCS_EXPECT_GT(ctime_of(set_all), latest);
	IPCS_EXPECT_LE(ctime_of(set_all), after);
	IPCS_EXPECT_GT(ctime_of(ipc_set), latest);
	IPCS_EXPECT_LE(ctime_of(ipc_set), after);
	IPCS_EXPECT_EQ(ctime_of(op), op_created);
	IPCS_EXPECT_EQ(ctime_of(reads), latest);
}

IPCS_MAIN(which_operations_move_it)
