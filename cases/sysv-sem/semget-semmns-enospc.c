/*
 * semget() fails with ENOSPC when the new set's semaphores would bring the
 * total over SEMMNS (second field of /proc/sys/kernel/sem); a set that fits
 * exactly is created.
 *
 * Ref: semget(2) ERRORS ENOSPC ("... or the system wide maximum number of
 * semaphores (SEMMNS), would be exceeded"), "Semaphore limits" SEMMNS;
 * proc(5) /proc/sys/kernel/sem; ipc/sem.c newary().
 */
#include <stdio.h>
#include <string.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "semget fails with ENOSPC when the semaphores of all sets would exceed "
                      "SEMMNS; a set that exactly fills it is created",
          .ref = "semget(2) ERRORS ENOSPC; proc(5) /proc/sys/kernel/sem",
          .needs = IPCS_NEEDS_PRIVATE_IPC_NS, .tags = "semget,limits,sysctl,errno");

IPCS_TEST(semmns_reached_enospc)
{
	struct ipcs_sem_limits l;
	struct seminfo si;
	char value[128];

	ipcs_sem_limits(&l);
	memset(&si, 0, sizeof si);
	IPCS_SAFE(semctl(0, 0, SEM_INFO, (union ipcs_semun){.__buf = &si}));
	/* si.semaem: semaphores in use in this namespace; room for 5 more. */
	snprintf(value, sizeof value, "%ld %d %ld %ld", l.semmsl, si.semaem + 5, l.semopm,
	         l.semmni);
	ipcs_sysctl_set("/proc/sys/kernel/sem", value);
	ipcs_sem_new(3);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(IPC_PRIVATE, 3, IPC_CREAT | 0600), ENOSPC);
	IPCS_EXPECT_OK(
	    ipcs_semget_try(IPC_PRIVATE, 2, IPC_CREAT | 0600)); /* exactly fills SEMMNS */
	IPCS_EXPECT_ERRNO(ipcs_semget_try(IPC_PRIVATE, 1, IPC_CREAT | 0600), ENOSPC);
}

IPCS_MAIN(semmns_reached_enospc)
