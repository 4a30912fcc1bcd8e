/*
 * An unnamed semaphore initialised with a non-zero pshared in a MAP_SHARED
 * anonymous mapping is shared with a child forked afterwards: the child
 * blocked in sem_wait() is woken by the parent's sem_post(), and the child's
 * posts are seen by the parent.
 *
 * Ref: sem_init(3) DESCRIPTION ("If pshared is nonzero, then the semaphore is
 * shared between processes, and should be located in a region of shared
 * memory ... a child created by fork(2) inherits its parent's memory
 * mappings, it can also access the semaphore"); POSIX.1-2017 sem_init ("If
 * the pshared argument has a non-zero value, then the semaphore is shared
 * between processes; in this case, any process that can access the semaphore
 * sem can use sem").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a pshared semaphore in a shared anonymous mapping works between parent "
                      "and forked child",
          .ref = "sem_init(3) DESCRIPTION; POSIX.1-2017 sem_init",
          .tags = "unnamed,pshared,blocking");

static sem_t *sem;

static void waiter(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(sem_wait(sem));
	IPCS_EXPECT_OK(sem_post(sem));
	IPCS_EXPECT_OK(sem_post(sem));
}

IPCS_TEST(child_waits_parent_posts_and_back)
{
	sem = ipcs_psem_shared(0);
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "futex");
	IPCS_EXPECT_OK(sem_post(sem));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_SEM_VALUE(sem, 2); /* the child's two posts reached us */
}

IPCS_MAIN(child_waits_parent_posts_and_back)
