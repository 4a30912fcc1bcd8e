/*
 * semop() and semtimedop() fail with EFAULT when sops, or semtimedop's
 * timeout, points to memory the caller cannot access.
 *
 * Ref: semop(2) ERRORS EFAULT ("An address specified in either the sops or
 * the timeout argument isn't accessible").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "semop/semtimedop fail with EFAULT for an inaccessible sops or timeout",
          .ref = "semop(2) ERRORS EFAULT", .tags = "semop,semtimedop,errno");

static void *no_access_page(void)
{
	void *p = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		IPCS_BROKEN_ERRNO("mmap(PROT_NONE)");
	return p;
}

IPCS_TEST(bad_sops_efault)
{
	int semid = ipcs_sem_new(1);
	IPCS_EXPECT_ERRNO(semop(semid, no_access_page(), 1), EFAULT);
}

IPCS_TEST(bad_timeout_efault)
{
	if (!ipcs_feature_present("semtimedop"))
		IPCS_SKIP("built without semtimedop");
	int semid = ipcs_sem_new(1);
	struct sembuf op = {0, 1, 0};
	IPCS_EXPECT_ERRNO(ipcs_semtimedop(semid, &op, 1, no_access_page()), EFAULT);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_MAIN(bad_sops_efault, bad_timeout_efault)
