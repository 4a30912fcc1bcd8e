/*
 * SEMMSL, the first field of /proc/sys/kernel/sem, bounds nsems: after it is
 * lowered, a set of exactly SEMMSL semaphores is created and one more fails
 * with EINVAL.
 *
 * Ref: semget(2) "Semaphore limits" SEMMSL ("On Linux, this limit can be read
 * and modified via the first field of /proc/sys/kernel/sem"), ERRORS EINVAL;
 * proc(5) /proc/sys/kernel/sem.
 */
#include <stdio.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "semget accepts nsems equal to SEMMSL from /proc/sys/kernel/sem and fails "
                      "with EINVAL one above it",
          .ref = "semget(2) Semaphore limits, ERRORS EINVAL; proc(5) /proc/sys/kernel/sem",
          .needs = IPCS_NEEDS_PRIVATE_IPC_NS, .tags = "semget,limits,sysctl,errno");

IPCS_TEST(semmsl_bounds_nsems)
{
	struct ipcs_sem_limits l;
	char value[128];

	ipcs_sem_limits(&l);
	snprintf(value, sizeof value, "%d %ld %ld %ld", 7, l.semmns, l.semopm, l.semmni);
	ipcs_sysctl_set("/proc/sys/kernel/sem", value);
	IPCS_EXPECT_OK(ipcs_semget_try(IPC_PRIVATE, 7, IPC_CREAT | 0600));
	IPCS_EXPECT_ERRNO(ipcs_semget_try(IPC_PRIVATE, 8, IPC_CREAT | 0600), EINVAL);
}

IPCS_MAIN(semmsl_bounds_nsems)
