/*
 * sem_open() with O_CREAT | O_EXCL on a name that already names a semaphore
 * fails with EEXIST, and leaves that semaphore as it was.
 *
 * Ref: sem_open(3) ERRORS ("EEXIST Both O_CREAT and O_EXCL were specified in
 * oflag, but a semaphore with this name already exists"); POSIX.1-2017
 * sem_open ERRORS ("shall fail if: [EEXIST] O_CREAT and O_EXCL are set and
 * the named semaphore already exists").
 */
#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_open with O_CREAT | O_EXCL on an existing name fails with EEXIST",
          .ref = "sem_open(3) ERRORS EEXIST; POSIX.1-2017 sem_open", .tags = "named,create");

IPCS_TEST(existing_name_eexist)
{
	char name[IPCS_PNAME_SIZE];
	sem_t *sem = ipcs_psem_create(name, 0600, 2);
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, name, O_CREAT | O_EXCL, 0600, 5), EEXIST);
	IPCS_EXPECT_SEM_VALUE(sem, 2); /* not re-created with 5 */
}

IPCS_MAIN(existing_name_eexist)
