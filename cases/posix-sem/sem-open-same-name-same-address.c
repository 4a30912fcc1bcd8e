/*
 * Opening the same name twice in one process, while the first is still open
 * and the name not unlinked, returns the same semaphore address.
 *
 * Ref: POSIX.1-2017 sem_open ("If a process makes multiple successful calls to
 * sem_open() with the same value for name, the same semaphore address shall be
 * returned for each such successful call, provided that there have been no
 * calls to sem_unlink() for this semaphore, and at least one previous
 * successful sem_open() call for this semaphore has not been matched with a
 * sem_close() call").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "two sem_open calls on one name in one process return the same address",
          .ref = "POSIX.1-2017 sem_open DESCRIPTION", .tags = "named");

IPCS_TEST(reopen_same_address)
{
	char name[IPCS_PNAME_SIZE];
	sem_t *first = ipcs_psem_create(name, 0600, 1);
	sem_t *second = NULL, *third = NULL;
	IPCS_ASSERT_OK(ipcs_psem_open(&second, name, 0, 0, 0));
	IPCS_EXPECT_TRUE(second == first);
	IPCS_ASSERT_OK(ipcs_psem_open(&third, name, O_CREAT, 0600, 9));
	IPCS_EXPECT_TRUE(third == first);
}

IPCS_MAIN(reopen_same_address)
