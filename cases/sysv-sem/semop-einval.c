/*
 * semop() fails with EINVAL when semid is negative, when nsops is 0, and
 * when the set does not exist (an identifier of a removed set).
 *
 * Ref: semop(2) ERRORS EINVAL ("The semaphore set doesn't exist, or semid is
 * less than zero, or nsops has a nonpositive value"); POSIX.1-2017 semop.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "semop fails with EINVAL for a negative semid, nsops 0, or a set that does "
                      "not exist",
          .ref = "semop(2) ERRORS EINVAL; POSIX.1-2017 semop", .tags = "semop,errno");

IPCS_TEST(negative_semid_einval)
{
	struct sembuf op = {0, 1, 0};
	IPCS_EXPECT_ERRNO(semop(-1, &op, 1), EINVAL);
}

IPCS_TEST(zero_nsops_einval)
{
	int semid = ipcs_sem_new(1);
	struct sembuf op = {0, 1, 0};
	IPCS_EXPECT_ERRNO(semop(semid, &op, 0), EINVAL);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_TEST(removed_set_einval)
{
	int semid = ipcs_sem_new(1);
	ipcs_sem_rm(semid);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, 1, 0), EINVAL);
}

IPCS_MAIN(negative_semid_einval, zero_nsops_einval, removed_set_einval)
