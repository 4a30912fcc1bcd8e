/*
 * An unnamed semaphore with a non-zero pshared placed in a System V shared
 * memory segment is shared by processes that attach the segment: another
 * process attaching it (at its own address) can post the semaphore and wake
 * a waiter.
 *
 * Ref: sem_init(3) DESCRIPTION ("should be located in a region of shared
 * memory (see shm_open(3), mmap(2), and shmget(2))"); POSIX.1-2017 sem_init
 * ("any process that can access the semaphore sem can use sem").
 */
#include <sys/shm.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a pshared semaphore in a System V segment works between processes "
                      "attaching it",
          .ref = "sem_init(3) DESCRIPTION; POSIX.1-2017 sem_init",
          .tags = "unnamed,pshared,sysv-shm,blocking");

static int shmid;

/* Each child attaches the segment afresh, at an address of its own choosing:
 * it reaches the semaphore only through the segment. */
static sem_t *attach(void)
{
	return (sem_t *)IPCS_SAFE(shmat(shmid, NULL, 0));
}

static void waiter(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(sem_wait(attach()));
}

static void poster(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(sem_post(attach()));
}

IPCS_TEST(post_through_one_attach_wakes_waiter_in_another)
{
	shmid = ipcs_shm_new(sizeof(sem_t));
	sem_t *sem = attach();
	IPCS_SAFE(sem_init(sem, 1, 0));
	IPCS_SAFE(shmdt(sem)); /* the parent keeps no mapping of its own */

	pid_t w = ipcs_spawn(waiter, NULL);
	IPCS_EXPECT_BLOCKED_IN(w, "futex");
	pid_t p = ipcs_spawn(poster, NULL);
	IPCS_EXPECT_CHILD_EXIT(p, 0);
	IPCS_EXPECT_CHILD_EXIT(w, 0);
	sem = attach();
	IPCS_EXPECT_SEM_VALUE(sem, 0); /* one post, consumed by the waiter */
}

IPCS_MAIN(post_through_one_attach_wakes_waiter_in_another)
