/*
 * semctl() fails with EINVAL for an invalid cmd, a negative semid, a semnum
 * outside the set for the per-semaphore commands (GETVAL, SETVAL, GETPID,
 * GETNCNT, GETZCNT), and an identifier whose set was removed. For a removed
 * set the page lists EIDRM; the kernel returns EINVAL once the identifier is
 * gone (EIDRM only for a removal racing the call).
 *
 * Ref: semctl(2) ERRORS EINVAL ("Invalid value for cmd or semid"), EIDRM;
 * ipc/util.c ipc_obtain_object_check() (-EINVAL for an unknown id);
 * ipc/sem.c semctl_main(), semctl_setval() (semnum range).
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "semctl fails with EINVAL for a bad cmd, semid < 0, semnum out of range, or "
                      "a removed set's id (kernel; the page says EIDRM for the last)",
          .ref = "semctl(2) ERRORS EINVAL, EIDRM; ipc/util.c ipc_obtain_object_check()",
          .tags = "semctl,errno");

IPCS_TEST(invalid_cmd_einval)
{
	int semid = ipcs_sem_new(1);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, 12345), EINVAL);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, -1), EINVAL);
}

IPCS_TEST(negative_semid_einval)
{
	IPCS_EXPECT_ERRNO(semctl(-1, 0, GETVAL), EINVAL);
	IPCS_EXPECT_ERRNO(semctl(-1, 0, IPC_RMID), EINVAL);
}

IPCS_TEST(semnum_out_of_range_einval)
{
	int semid = ipcs_sem_new(2);
	static const int cmds[] = {GETVAL, GETPID, GETNCNT, GETZCNT};
	for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
		IPCS_EXPECT_ERRNO(semctl(semid, 2, cmds[i]), EINVAL);
		IPCS_EXPECT_ERRNO(semctl(semid, -1, cmds[i]), EINVAL);
	}
	IPCS_EXPECT_ERRNO(semctl(semid, 2, SETVAL, (union ipcs_semun){.val = 1}), EINVAL);
	IPCS_EXPECT_ERRNO(semctl(semid, -1, SETVAL, (union ipcs_semun){.val = 1}), EINVAL);
}

IPCS_TEST(removed_set_einval)
{
	int semid = ipcs_sem_new(1);
	ipcs_sem_rm(semid);
	struct semid_ds ds;
	IPCS_EXPECT_ERRNO(semctl(semid, 0, GETVAL), EINVAL);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, IPC_STAT, (union ipcs_semun){.buf = &ds}), EINVAL);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, SETVAL, (union ipcs_semun){.val = 1}), EINVAL);
	IPCS_EXPECT_ERRNO(semctl(semid, 0, IPC_RMID), EINVAL);
}

IPCS_MAIN(invalid_cmd_einval, negative_semid_einval, semnum_out_of_range_einval, removed_set_einval)
