/*
 * sem_unlink() removes the name at once, while processes that have the
 * semaphore open keep using it: a process blocked in sem_wait() before the
 * unlink is still woken by a post through another reference, and a new
 * sem_open(O_CREAT) of the name makes a different semaphore.
 *
 * Ref: sem_unlink(3) DESCRIPTION ("The semaphore name is removed immediately.
 * The semaphore is destroyed once all other processes that have the semaphore
 * open close it"); POSIX.1-2017 sem_unlink ("destruction of the semaphore is
 * postponed until all references to the semaphore have been destroyed ...
 * Calls to sem_open() to recreate or reconnect to the semaphore refer to a new
 * semaphore after sem_unlink() is called").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_unlink removes the name at once; open references keep the "
                      "semaphore, a re-created name is a new one",
          .ref = "sem_unlink(3) DESCRIPTION; POSIX.1-2017 sem_unlink", .tags = "named,unlink");

static sem_t *sem;

static void waiter(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(sem_wait(sem)); /* the reference inherited across fork */
}

IPCS_TEST(open_references_survive_unlink)
{
	char name[IPCS_PNAME_SIZE];
	sem = ipcs_psem_create(name, 0600, 0);
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_WAIT_IN(pid, "futex");

	IPCS_ASSERT_OK(sem_unlink(name));
	ipcs_untrack(IPCS_OBJ_PSEM, 0, name);
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, name, 0, 0, 0), ENOENT); /* the name is gone */

	IPCS_EXPECT_OK(sem_post(sem)); /* the semaphore is not */
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_OK(sem_post(sem));
	IPCS_EXPECT_SEM_VALUE(sem, 1);
}

IPCS_TEST(recreated_name_is_new_semaphore)
{
	char name[IPCS_PNAME_SIZE];
	sem_t *fresh = NULL;
	sem = ipcs_psem_create(name, 0600, 5);
	ipcs_psem_unlink(name);
	IPCS_ASSERT_OK(ipcs_psem_open(&fresh, name, O_CREAT | O_EXCL, 0600, 1));
	IPCS_EXPECT_SEM_VALUE(fresh, 1);
	IPCS_EXPECT_OK(sem_post(fresh));
	IPCS_EXPECT_SEM_VALUE(sem, 5); /* the old one is untouched */
	IPCS_EXPECT_SEM_VALUE(fresh, 2);
}

IPCS_MAIN(open_references_survive_unlink, recreated_name_is_new_semaphore)
