/*
 * A semaphore initialised with value n can be locked n times without
 * blocking and then not again; sem_getvalue() reports the value as it goes.
 *
 * Ref: sem_init(3) DESCRIPTION ("The value argument specifies the initial
 * value for the semaphore"); sem_getvalue(3); POSIX.1-2017 sem_init ("The
 * value of the initialized semaphore is value"), sem_getvalue ("updates the
 * location referenced by the sval argument to have the value of the
 * semaphore").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a semaphore initialised to n allows n locks and sem_getvalue follows it",
          .ref = "sem_init(3), sem_getvalue(3); POSIX.1-2017 sem_init, sem_getvalue",
          .tags = "unnamed,value");

static void check(int pshared)
{
	sem_t sem;
	IPCS_SAFE(sem_init(&sem, pshared, 3));
	IPCS_EXPECT_SEM_VALUE(&sem, 3);
	for (int left = 2; left >= 0; left--) {
		IPCS_EXPECT_OK(sem_trywait(&sem));
		IPCS_EXPECT_SEM_VALUE(&sem, left);
	}
	IPCS_EXPECT_ERRNO(sem_trywait(&sem), EAGAIN);
	IPCS_EXPECT_OK(sem_post(&sem));
	IPCS_EXPECT_SEM_VALUE(&sem, 1);
}

IPCS_TEST(private_semaphore)
{
	check(0);
}

IPCS_TEST(shared_semaphore)
{
	check(1);
}

IPCS_MAIN(private_semaphore, shared_semaphore)
