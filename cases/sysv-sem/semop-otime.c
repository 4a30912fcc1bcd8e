/*
 * sem_otime is 0 until the first successful semop() and then the time of the
 * last successful one, wait-for-zero included; failing semop() calls and
 * semctl() commands leave it alone.
 *
 * Ref: semctl(2) semid_ds ("sem_otime Time of last semop(2) system call");
 * semget(2) ("sem_otime is set to 0"); semop(2) ("On successful completion
 * ... the sem_otime is set to the current time"); POSIX.1-2017 semop.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "sem_otime stays 0 until a successful semop, which sets it to now; failures "
                      "and semctl leave it alone",
          .ref = "semctl(2) semid_ds; semget(2); semop(2) DESCRIPTION", .tags = "semop,time");

static long long otime(int semid)
{
	struct semid_ds ds;
	ipcs_sem_stat(semid, &ds);
	return ds.sem_otime;
}

IPCS_TEST(set_by_successful_semop_only)
{
	int semid = ipcs_sem_new(2);
	ipcs_sem_setval(semid, 0, 1);
	unsigned short vals[2] = {1, 1};
	ipcs_sem_setall(semid, vals);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 1, -2, IPC_NOWAIT), EAGAIN);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 5, 1, 0), EFBIG);
	IPCS_EXPECT_EQ(otime(semid), 0);
	long long before = ipcs_realtime_s();
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, -1, 0));
	long long after = ipcs_realtime_s();
	IPCS_EXPECT_GE(otime(semid), before);
	IPCS_EXPECT_LE(otime(semid), after);
}

IPCS_TEST(wait_for_zero_sets_it)
{
	int semid = ipcs_sem_new(1);
	long long before = ipcs_realtime_s();
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 0, 0));
	IPCS_EXPECT_GE(otime(semid), before);
}

IPCS_MAIN(set_by_successful_semop_only, wait_for_zero_sets_it)
