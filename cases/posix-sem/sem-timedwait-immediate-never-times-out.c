/*
 * sem_timedwait() on a semaphore that can be locked at once succeeds even
 * when its deadline has already passed.
 *
 * Ref: sem_wait(3) DESCRIPTION ("If the operation can be performed
 * immediately, then sem_timedwait() never fails with a timeout error,
 * regardless of the value of *abs_timeout"); POSIX.1-2017 sem_timedwait
 * ("Under no circumstance shall the function fail with a timeout if the
 * semaphore can be locked immediately").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_timedwait with a past deadline succeeds when the semaphore is "
                      "available",
          .ref = "sem_wait(3) DESCRIPTION; POSIX.1-2017 sem_timedwait",
          .tags = "timedwait,timeout");

IPCS_TEST(past_deadline_still_locks)
{
	sem_t *sem = ipcs_psem_shared(2);
	struct timespec epoch = {0, 0};
	struct timespec past = ipcs_deadline_ms(CLOCK_REALTIME, -1000);
	IPCS_EXPECT_OK(sem_timedwait(sem, &epoch));
	IPCS_EXPECT_OK(sem_timedwait(sem, &past));
	IPCS_EXPECT_SEM_VALUE(sem, 0);
}

IPCS_MAIN(past_deadline_still_locks)
