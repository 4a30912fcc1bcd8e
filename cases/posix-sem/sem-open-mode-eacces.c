/*
 * sem_open() of an existing semaphore whose mode denies the caller read and
 * write fails with EACCES; the same open succeeds once the mode grants them
 * (negative control).
 *
 * Ref: sem_open(3) ERRORS ("EACCES The semaphore exists, but the caller does
 * not have permission to open it"), DESCRIPTION ("Both read and write
 * permission should be granted to each class of user that will access the
 * semaphore"); POSIX.1-2017 sem_open ERRORS ("shall fail if: [EACCES] The
 * named semaphore exists and the permissions specified by oflag are denied").
 */
#include <sys/stat.h>

#include "ipcsuite_posix_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "sem_open of an existing semaphore the mode denies fails with EACCES",
          .ref = "sem_open(3) ERRORS EACCES; POSIX.1-2017 sem_open", .needs = IPCS_NEEDS_UNPRIV,
          .tags = "named,permissions");

static char name[IPCS_PNAME_SIZE];

static void open_denied(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, name, 0, 0, 0), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, name, O_CREAT, 0666, 0), EACCES);
}

static void open_granted(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	IPCS_EXPECT_OK(ipcs_psem_open(NULL, name, 0, 0, 0));
}

IPCS_TEST(read_only_mode_denies_open)
{
	umask(0);
	ipcs_psem_create(name, 0444, 1); /* nobody may write, the owner neither */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(open_denied, NULL), 0);
}

IPCS_TEST(read_write_mode_allows_open)
{
	umask(0);
	ipcs_psem_create(name, 0666, 1);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(open_granted, NULL), 0);
}

IPCS_MAIN(read_only_mode_denies_open, read_write_mode_allows_open)
