/*
 * semget() on an existing key fails with EACCES when the permission bits
 * asked for in semflg are not granted to the caller. The kernel checks only
 * the bits semflg asks for: with no permission bits in semflg the lookup
 * succeeds whatever the set's mode. The page says "does not have permission
 * to access the set"; the kernel's ipc_check_perms() passes semflg to
 * ipcperms() as the requested mode.
 *
 * Ref: semget(2) DESCRIPTION ("If the semaphore set already exists, the
 * permissions are verified"), ERRORS EACCES; ipc/util.c ipc_check_perms(),
 * ipcperms().
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior =
              "semget on an existing key fails with EACCES when semflg asks for "
              "permission bits the caller lacks (the kernel checks only the bits asked for)",
          .ref = "semget(2) DESCRIPTION, ERRORS EACCES; ipc/util.c ipcperms()",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "semget,permissions,errno");

static key_t key;

static void lookups_as_other(void *arg)
{
	(void)arg;
	ipcs_become_other();
	/* mode 0604: others may read, not alter */
	IPCS_EXPECT_OK(semget(key, 0, 0400));
	IPCS_EXPECT_OK(semget(key, 0, 0004));
	IPCS_EXPECT_ERRNO(ipcs_semget_try(key, 0, 0200), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(key, 0, 0600), EACCES);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(key, 0, IPC_CREAT | 0666), EACCES);
	IPCS_EXPECT_OK(semget(key, 0, 0));
}

IPCS_TEST(requested_bits_not_granted_eacces)
{
	ipcs_require_other();
	key = ipcs_unique_key();
	ipcs_semget(key, 1, IPC_CREAT | IPC_EXCL | 0604);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(lookups_as_other, NULL), 0);
}

IPCS_MAIN(requested_bits_not_granted_eacces)
