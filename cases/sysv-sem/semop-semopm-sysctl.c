/*
 * Lowering SEMOPM through /proc/sys/kernel/sem takes effect at once: semop()
 * then fails with E2BIG above the new value.
 *
 * Ref: semop(2) "Semaphore limits" SEMOPM ("this limit can be read and
 * modified via the third field of /proc/sys/kernel/sem"), ERRORS E2BIG;
 * proc(5) /proc/sys/kernel/sem.
 */
#include <stdio.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "semop enforces a SEMOPM lowered through /proc/sys/kernel/sem (E2BIG above "
                      "it)",
          .ref = "semop(2) Semaphore limits, ERRORS E2BIG; proc(5) /proc/sys/kernel/sem",
          .needs = IPCS_NEEDS_PRIVATE_IPC_NS, .tags = "semop,limits,sysctl,errno");

IPCS_TEST(lowered_semopm_e2big)
{
	struct ipcs_sem_limits l;
	char value[128];
	struct sembuf ops[4] = {{0, 1, 0}, {0, 1, 0}, {0, 1, 0}, {0, 1, 0}};

	ipcs_sem_limits(&l);
	snprintf(value, sizeof value, "%ld %ld %d %ld", l.semmsl, l.semmns, 3, l.semmni);
	ipcs_sysctl_set("/proc/sys/kernel/sem", value);
	int semid = ipcs_sem_new(1);
	IPCS_EXPECT_ERRNO(semop(semid, ops, 4), E2BIG);
	IPCS_EXPECT_OK(semop(semid, ops, 3));
	IPCS_EXPECT_EQ(semctl(semid, 0, GETVAL), 3);
}

IPCS_MAIN(lowered_semopm_e2big)
