/*
 * sem_open() with O_CREAT (without O_EXCL) on an existing name opens that
 * semaphore: the value and mode given are ignored, its current value stays.
 *
 * Ref: sem_open(3) DESCRIPTION ("If O_CREAT is specified, and a semaphore with
 * the given name already exists, then mode and value are ignored");
 * POSIX.1-2017 sem_open ("If O_CREAT is set and the semaphore already exists,
 * then O_CREAT has no effect, except as noted under O_EXCL").
 */
#include <sys/stat.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_open O_CREAT on an existing name ignores value and opens the "
                      "existing semaphore",
          .ref = "sem_open(3) DESCRIPTION; POSIX.1-2017 sem_open O_CREAT", .tags = "named,create");

static char name[IPCS_PNAME_SIZE];

static void other_process(void *arg)
{
	(void)arg;
	sem_t *again = NULL;
	IPCS_ASSERT_OK(ipcs_psem_open(&again, name, O_CREAT, 0600, 7));
	IPCS_EXPECT_SEM_VALUE(again, 3);
	IPCS_EXPECT_OK(sem_post(again)); /* seen by the creator: the same semaphore */
}

IPCS_TEST(value_ignored_in_another_process)
{
	sem_t *sem = ipcs_psem_create(name, 0600, 3);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(other_process, NULL), 0);
	IPCS_EXPECT_SEM_VALUE(sem, 4);
}

IPCS_MAIN(value_ignored_in_another_process)
