/*
 * A SEM_UNDO operation that would take the process's semadj beyond SEMAEM
 * (32767, reported by IPC_INFO as semaem) fails with ERANGE and is not
 * performed. The page says Linux has no intrinsic SEMAEM limit; the kernel
 * enforces one.
 *
 * Ref: semop(2) "Semaphore limits" ("The implementation has no intrinsic
 * limits for the adjust on exit maximum value (SEMAEM)"), ERRORS ERANGE;
 * semctl(2) IPC_INFO semaem; ipc/sem.c perform_atomic_semop() ("undo <
 * (-SEMAEM - 1) || undo > SEMAEM").
 */
#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "a SEM_UNDO operation that would take semadj past SEMAEM fails with ERANGE "
                      "(kernel; the page says there is no such limit)",
          .ref = "semop(2) Semaphore limits, ERRORS ERANGE; ipc/sem.c perform_atomic_semop()",
          .tags = "sem-undo,limits,errno");

IPCS_TEST(semadj_past_semaem_erange)
{
	struct seminfo si;
	ipcs_sem_ipc_info(&si);
	IPCS_EXPECT_EQ(si.semaem, 32767);
	int semid = ipcs_sem_new(1);
	ipcs_sem_setval(semid, 0, 32767);
	/* adj +32767 == SEMAEM: allowed */
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, -32767, SEM_UNDO));
	IPCS_ASSERT_OK(ipcs_semop1(semid, 0, 5, 0));
	/* adj would be +32768 */
	IPCS_EXPECT_ERRNO(ipcs_semop1(semid, 0, -1, SEM_UNDO), ERANGE);
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 5);
	IPCS_EXPECT_OK(ipcs_semop1(semid, 0, -1, 0)); /* without SEM_UNDO: fine */
}

IPCS_MAIN(semadj_past_semaem_erange)
