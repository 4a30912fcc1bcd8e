/*
 * sem_timedwait() on a semaphore that can be locked at once does not check
 * its deadline: an invalid tv_nsec does not make it fail, it locks.
 *
 * Ref: sem_wait(3) DESCRIPTION ("If the operation can be performed
 * immediately, then sem_timedwait() never fails with a timeout error,
 * regardless of the value of *abs_timeout. Furthermore, the validity of
 * abs_timeout is not checked in this case"). POSIX.1-2017 sem_timedwait only
 * allows it ("The validity of the abstime need not be checked if the
 * semaphore can be locked immediately"): this is the Linux page's promise.
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "sem_timedwait on an available semaphore locks it without checking "
                      "tv_nsec",
          .ref = "sem_wait(3) DESCRIPTION; POSIX.1-2017 sem_timedwait",
          .tags = "timedwait,timeout");

IPCS_TEST(bad_nsec_ignored_when_available)
{
	sem_t *sem = ipcs_psem_shared(2);
	struct timespec big = {0, 1000000000L}, negative = {0, -1};
	IPCS_EXPECT_OK(sem_timedwait(sem, &big));
	IPCS_EXPECT_OK(sem_timedwait(sem, &negative));
	IPCS_EXPECT_SEM_VALUE(sem, 0);
}

IPCS_MAIN(bad_nsec_ignored_when_available)
