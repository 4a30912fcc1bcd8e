/*
 * A process-shared semaphore placed in a POSIX shared memory object lives in
 * the object's memory, not in a mapping: after every mapping of it is gone,
 * a process that maps the object afresh (at an address of its own) finds the
 * semaphore with its value and can operate on it, and a post through one
 * fresh mapping wakes a waiter blocked through another.
 *
 * Ref: sem_init(3) DESCRIPTION ("If pshared is nonzero, then the semaphore is
 * shared between processes, and should be located in a region of shared
 * memory (see shm_open(3), mmap(2), and shmget(2)) ... Any process that can
 * access the shared memory region can operate on the semaphore using
 * sem_post(3), sem_wait(3), and so on"); sem_overview(7) Unnamed semaphores
 * ("a POSIX shared memory object built created using shm_open(3)").
 */
#include <unistd.h>

#include "ipcsuite_posix_sem.h"
#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a pshared semaphore in a shm object keeps its value with no mapping "
                      "and works through fresh mappings",
          .ref = "sem_init(3) DESCRIPTION; sem_overview(7) Unnamed semaphores",
          .tags = "unnamed,pshared,posix-shm,blocking");

static char name[IPCS_PNAME_SIZE];

/* A fresh mapping of the object, from a fresh descriptor: the semaphore is
 * reached only through the object. */
static sem_t *map_object(void)
{
	int fd = IPCS_SAFE(shm_open(name, O_RDWR, 0));
	sem_t *sem = ipcs_pshm_map(fd, sizeof(sem_t), PROT_READ | PROT_WRITE);
	IPCS_SAFE(close(fd));
	return sem;
}

/* The object with an initialised semaphore, and no mapping left. */
static void object_with_semaphore(unsigned value)
{
	int fd = ipcs_pshm_create(name, sizeof(sem_t), 0600);
	IPCS_SAFE(close(fd));
	sem_t *sem = map_object();
	IPCS_SAFE(sem_init(sem, 1, value));
	if (value > 0)
		IPCS_SAFE(sem_trywait(sem)); /* a value sem_init alone did not set */
	IPCS_SAFE(munmap(sem, sizeof(sem_t)));
}

static void check_and_post(void *arg)
{
	(void)arg;
	sem_t *sem = map_object();
	IPCS_EXPECT_SEM_VALUE(sem, 2);
	IPCS_EXPECT_OK(sem_post(sem));
}

IPCS_TEST(value_kept_with_no_mapping)
{
	object_with_semaphore(3); /* 3, one trywait: 2 */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(check_and_post, NULL), 0);
	sem_t *sem = map_object();
	IPCS_EXPECT_SEM_VALUE(sem, 3);
	IPCS_EXPECT_OK(sem_trywait(sem));
	IPCS_EXPECT_SEM_VALUE(sem, 2);
}

static void waiter(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(sem_wait(map_object()));
}

IPCS_TEST(post_through_fresh_mapping_wakes_waiter)
{
	object_with_semaphore(0);
	pid_t pid = ipcs_spawn(waiter, NULL);
	IPCS_WAIT_IN(pid, "futex");
	sem_t *sem = map_object();
	IPCS_EXPECT_OK(sem_post(sem));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_SEM_VALUE(sem, 0);
}

IPCS_MAIN(value_kept_with_no_mapping, post_through_fresh_mapping_wakes_waiter)
