/*
 * sem_destroy() of an initialised unnamed semaphore on which nobody waits
 * succeeds, and the memory can be initialised again with sem_init(), giving a
 * semaphore with the new value.
 *
 * Ref: sem_destroy(3) DESCRIPTION ("sem_destroy() destroys the unnamed
 * semaphore at the address pointed to by sem ... Destroying a semaphore that
 * other processes or threads are currently blocked on produces undefined
 * behavior"), RETURN VALUE; POSIX.1-2017 sem_destroy ("It is safe to destroy
 * an initialized semaphore upon which no threads are currently blocked ... A
 * destroyed semaphore object can be reinitialized using sem_init()").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_destroy of an idle unnamed semaphore succeeds and sem_init may "
                      "reuse the memory",
          .ref = "sem_destroy(3); POSIX.1-2017 sem_destroy", .tags = "unnamed,destroy");

static void check(sem_t *sem, int pshared)
{
	IPCS_SAFE(sem_init(sem, pshared, 5));
	IPCS_SAFE(sem_trywait(sem));
	IPCS_EXPECT_OK(sem_destroy(sem));
	IPCS_ASSERT_OK(sem_init(sem, pshared, 0));
	IPCS_EXPECT_SEM_VALUE(sem, 0);
	IPCS_EXPECT_ERRNO(sem_trywait(sem), EAGAIN);
	IPCS_EXPECT_OK(sem_post(sem));
	IPCS_EXPECT_SEM_VALUE(sem, 1);
	IPCS_EXPECT_OK(sem_destroy(sem));
}

IPCS_TEST(private_semaphore)
{
	sem_t sem;
	check(&sem, 0);
}

IPCS_TEST(shared_semaphore_in_mapping)
{
	check((void *)ipcs_map_anon(sizeof(sem_t), PROT_READ | PROT_WRITE, MAP_SHARED), 1);
}

IPCS_MAIN(private_semaphore, shared_semaphore_in_mapping)
