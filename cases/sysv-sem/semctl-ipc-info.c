/*
 * IPC_INFO fills a seminfo with the limits: semmsl, semmns, semopm and
 * semmni as in /proc/sys/kernel/sem, semvmx 32767, semaem 32767; it returns
 * the highest used index (exact: 0, then 1, in a fresh IPC namespace). It needs
 * no identifier (semid is ignored) and no permission.
 *
 * Ref: semctl(2) IPC_INFO, RETURN VALUE; proc(5) /proc/sys/kernel/sem;
 * semop(2) SEMVMX; ipc/sem.c semctl_info().
 */
#include <string.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"
#include "ipcsuite_sysv.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "IPC_INFO reports the /proc/sys/kernel/sem limits, SEMVMX and SEMAEM, and "
                      "returns the highest used index",
          .ref = "semctl(2) IPC_INFO, RETURN VALUE; proc(5) /proc/sys/kernel/sem",
          .tags = "semctl,ipc-info,limits");

IPCS_TEST(limits_match_proc)
{
	struct ipcs_sem_limits l;
	struct seminfo si;
	memset(&si, 0, sizeof si);
	int ret = semctl(123456, 0, IPC_INFO, (union ipcs_semun){.__buf = &si});
	IPCS_ASSERT_OK(ret);
	ipcs_sem_limits(&l);
	IPCS_EXPECT_EQ(si.semmsl, l.semmsl);
	IPCS_EXPECT_EQ(si.semmns, l.semmns);
	IPCS_EXPECT_EQ(si.semopm, l.semopm);
	IPCS_EXPECT_EQ(si.semmni, l.semmni);
	IPCS_EXPECT_EQ(si.semvmx, 32767);
	IPCS_EXPECT_EQ(si.semaem, 32767);
}

IPCS_TEST(returns_highest_used_index)
{
	/* In a fresh namespace the first set takes index 0 and the second
	 * index 1: the return value is exact. */
	ipcs_enter_new_ipc_ns();
	struct seminfo si;
	IPCS_ASSERT_OK(semget(IPC_PRIVATE, 1, IPC_CREAT | 0600)); /* dies with the namespace */
	IPCS_EXPECT_EQ(semctl(0, 0, IPC_INFO, (union ipcs_semun){.__buf = &si}), 0);
	IPCS_ASSERT_OK(semget(IPC_PRIVATE, 1, IPC_CREAT | 0600));
	IPCS_EXPECT_EQ(semctl(0, 0, IPC_INFO, (union ipcs_semun){.__buf = &si}), 1);
}

IPCS_MAIN(limits_match_proc, returns_highest_used_index)
