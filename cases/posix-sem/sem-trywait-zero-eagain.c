/*
 * sem_trywait() on a semaphore whose value is 0 fails at once with EAGAIN and
 * leaves the value at 0.
 *
 * Ref: sem_wait(3) ERRORS ("EAGAIN (sem_trywait()) The operation could not be
 * performed without blocking (i.e., the semaphore currently has the value
 * zero)"); POSIX.1-2017 sem_trywait ERRORS ("shall fail if: [EAGAIN] The
 * semaphore was already locked, so it cannot be immediately locked by the
 * sem_trywait() operation").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_trywait at value 0 fails with EAGAIN without changing the value",
          .ref = "sem_wait(3) ERRORS EAGAIN; POSIX.1-2017 sem_trywait", .tags = "trywait");

IPCS_TEST(unnamed_at_zero)
{
	sem_t *sem = ipcs_psem_shared(0);
	IPCS_EXPECT_ERRNO(sem_trywait(sem), EAGAIN);
	IPCS_EXPECT_SEM_VALUE(sem, 0);
}

IPCS_TEST(named_emptied)
{
	char name[IPCS_PNAME_SIZE];
	sem_t *sem = ipcs_psem_create(name, 0600, 1);
	IPCS_EXPECT_OK(sem_trywait(sem));
	IPCS_EXPECT_ERRNO(sem_trywait(sem), EAGAIN);
	IPCS_EXPECT_SEM_VALUE(sem, 0);
}

IPCS_MAIN(unnamed_at_zero, named_emptied)
