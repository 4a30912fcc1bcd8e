/*
 * sem_wait() on a named semaphore whose value is 0 blocks, and returns once
 * another process that opened the same name posts it; the post is consumed.
 *
 * Ref: sem_wait(3) DESCRIPTION ("If the semaphore currently has the value
 * zero, then the call blocks until either it becomes possible to perform the
 * decrement (i.e., the semaphore value rises above zero), or a signal handler
 * interrupts the call"); POSIX.1-2017 sem_wait ("If the semaphore value is
 * currently zero, then the calling thread shall not return from the call to
 * sem_wait() until it either locks the semaphore or the call is interrupted
 * by a signal").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_wait at 0 blocks until another process posts the named semaphore",
          .ref = "sem_wait(3) DESCRIPTION; POSIX.1-2017 sem_wait", .tags = "named,blocking");

static char name[IPCS_PNAME_SIZE];

static void waiter(void *arg)
{
	(void)arg;
	sem_t *s = NULL;
	IPCS_ASSERT_OK(ipcs_psem_open(&s, name, 0, 0, 0)); /* its own open of the name */
	IPCS_EXPECT_OK(sem_wait(s));
}

static void poster(void *arg)
{
	(void)arg;
	sem_t *s = NULL;
	IPCS_ASSERT_OK(ipcs_psem_open(&s, name, 0, 0, 0));
	IPCS_EXPECT_OK(sem_post(s));
}

IPCS_TEST(waiter_sleeps_until_post)
{
	sem_t *sem = ipcs_psem_create(name, 0600, 0);
	pid_t w = ipcs_spawn(waiter, NULL);
	IPCS_EXPECT_BLOCKED_IN(w, "futex");
	IPCS_EXPECT_SEM_VALUE(sem, 0);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(poster, NULL), 0);
	IPCS_EXPECT_CHILD_EXIT(w, 0);
	IPCS_EXPECT_SEM_VALUE(sem, 0); /* the waiter took it */
}

IPCS_MAIN(waiter_sleeps_until_post)
