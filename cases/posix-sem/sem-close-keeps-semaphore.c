/*
 * sem_close() ends the caller's use of a named semaphore without removing it
 * or changing its value: a later sem_open() of the name finds it with the
 * value it had, in the same or another process.
 *
 * Ref: sem_close(3) DESCRIPTION ("sem_close() closes the named semaphore
 * referred to by sem, allowing any resources that the system has allocated to
 * the calling process for this semaphore to be freed"); POSIX.1-2017
 * sem_close ("If the semaphore has not been removed with a successful call to
 * sem_unlink(), then sem_close() has no effect on the state of the
 * semaphore").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_close leaves the named semaphore and its value in place",
          .ref = "sem_close(3) DESCRIPTION; POSIX.1-2017 sem_close", .tags = "named,close");

static char name[IPCS_PNAME_SIZE];

static void post_and_close(void *arg)
{
	(void)arg;
	sem_t *s = NULL;
	IPCS_ASSERT_OK(ipcs_psem_open(&s, name, 0, 0, 0));
	IPCS_EXPECT_OK(sem_post(s));
	IPCS_EXPECT_OK(sem_close(s));
}

IPCS_TEST(close_then_reopen_same_process)
{
	sem_t *sem = ipcs_psem_create(name, 0600, 0);
	IPCS_SAFE(sem_post(sem));
	IPCS_SAFE(sem_post(sem));
	IPCS_EXPECT_OK(sem_close(sem));
	sem_t *again = NULL;
	IPCS_ASSERT_OK(ipcs_psem_open(&again, name, 0, 0, 0));
	IPCS_EXPECT_SEM_VALUE(again, 2);
}

IPCS_TEST(other_process_closes)
{
	sem_t *sem = ipcs_psem_create(name, 0600, 0);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(post_and_close, NULL), 0);
	IPCS_EXPECT_SEM_VALUE(sem, 1);
	IPCS_EXPECT_OK(sem_close(sem));
	sem_t *again = NULL;
	IPCS_ASSERT_OK(ipcs_psem_open(&again, name, 0, 0, 0));
	IPCS_EXPECT_SEM_VALUE(again, 1);
}

IPCS_MAIN(close_then_reopen_same_process, other_process_closes)
