/*
 * sem_post() on a semaphore already at SEM_VALUE_MAX fails with EOVERFLOW and
 * leaves the value at SEM_VALUE_MAX.
 *
 * Ref: sem_post(3) ERRORS ("EOVERFLOW The maximum allowable value for a
 * semaphore would be exceeded"). POSIX.1-2017 sem_post names no error for
 * this: the Linux page's promise.
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "sem_post at SEM_VALUE_MAX fails with EOVERFLOW, the value unchanged",
          .ref = "sem_post(3) ERRORS EOVERFLOW", .tags = "post,limits");

static void check(int pshared)
{
	sem_t sem;
	IPCS_SAFE(sem_init(&sem, pshared, SEM_VALUE_MAX - 1));
	IPCS_EXPECT_OK(sem_post(&sem)); /* reaches the maximum */
	IPCS_EXPECT_ERRNO(sem_post(&sem), EOVERFLOW);
	IPCS_EXPECT_SEM_VALUE(&sem, SEM_VALUE_MAX);
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
