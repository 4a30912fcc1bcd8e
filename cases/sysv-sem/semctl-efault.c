/*
 * semctl() fails with EFAULT when arg.buf (IPC_STAT, IPC_SET) or arg.array
 * (GETALL, SETALL) points to memory the caller cannot access; SETALL then
 * changes nothing.
 *
 * Ref: semctl(2) ERRORS EFAULT ("The address pointed to by arg.buf or
 * arg.array isn't accessible").
 */
#include <sys/mman.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "semctl fails with EFAULT for an inaccessible arg.buf or arg.array",
          .ref = "semctl(2) ERRORS EFAULT", .tags = "semctl,errno");

static void *no_access(void)
{
	void *p = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		IPCS_BROKEN_ERRNO("mmap(PROT_NONE)");
	return p;
}

IPCS_TEST(bad_buf_efault)
{
	int semid = ipcs_sem_new(1);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = no_access()}),
	                  EFAULT);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, IPC_SET, (union ipcs_semun){.buf = no_access()}),
	                  EFAULT);
}

IPCS_TEST(bad_array_efault)
{
	int semid = ipcs_sem_new(2);
	ipcs_sem_setval(semid, 1, 3);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, GETALL, (union ipcs_semun){.array = no_access()}),
	                  EFAULT);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, SETALL, (union ipcs_semun){.array = no_access()}),
	                  EFAULT);
	IPCS_EXPECT_EQ(semctl(semid, 1, GETVAL), 3);
}

IPCS_MAIN(bad_buf_efault, bad_array_efault)
