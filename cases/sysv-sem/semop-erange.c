/*
 * semop() fails with ERANGE when sem_op + semval would exceed SEMVMX (32767
 * on Linux, also reported by IPC_INFO as semvmx), performing nothing; reaching
 * exactly SEMVMX is allowed.
 *
 * Ref: semop(2) ERRORS ERANGE ("For some operation sem_op+semval is greater
 * than SEMVMX"), "Semaphore limits" SEMVMX; semctl(2) IPC_INFO semvmx.
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "semop fails with ERANGE when semval + sem_op would exceed SEMVMX, and "
                      "reaches SEMVMX exactly",
          .ref = "semop(2) ERRORS ERANGE, Semaphore limits; semctl(2) IPC_INFO",
          .tags = "semop,limits,errno");

IPCS_TEST(above_semvmx_erange)
{
	struct seminfo si;
	ipcs_sem_ipc_info(&si);
	IPCS_EXPECT_EQ(si.semvmx, 32767);
	int semid = ipcs_sem_new(2);
	ipcs_sem_setval(semid, 0, si.semvmx - 5);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, 6, 0), ERANGE);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), si.semvmx - 5);
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, 5, 0));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), si.semvmx);
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, 1, IPC_NOWAIT), ERANGE);
}

IPCS_TEST(erange_performs_no_operation)
{
	int semid = ipcs_sem_new(2);
	ipcs_sem_setval(semid, 1, 32767);
	struct sembuf ops[2] = {{0, 1, 0}, {1, 1, 0}};
	IPCS_EXPECT_ERRNO(semop(semid, ops, 2), ERANGE);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 0);
}

IPCS_MAIN(above_semvmx_erange, erange_performs_no_operation)
