/*
 * semget() fails with ENOSPC when creating a set would exceed SEMMNI, the
 * system-wide number of sets (fourth field of /proc/sys/kernel/sem); the
 * limit is read from that file at the time of the call.
 *
 * Ref: semget(2) ERRORS ENOSPC ("the system limit for the maximum number of
 * semaphore sets (SEMMNI) ... would be exceeded"), "Semaphore limits" SEMMNI;
 * proc(5) /proc/sys/kernel/sem.
 */
#include <stdio.h>
#include <string.h>

#include "ipcsuite.h"
#include "ipcsuite_sem.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "semget fails with ENOSPC when a new set would exceed SEMMNI from "
                      "/proc/sys/kernel/sem",
          .ref = "semget(2) ERRORS ENOSPC; proc(5) /proc/sys/kernel/sem",
          .needs = IPCS_NEEDS_PRIVATE_IPC_NS, .tags = "semget,limits,sysctl,errno");

IPCS_TEST(semmni_reached_enospc)
{
	struct ipcs_sem_limits l;
	struct seminfo si;
	char value[128];

	ipcs_sem_limits(&l);
	memset(&si, 0, sizeof si);
	IPCS_SAFE(semctl(0, 0, SEM_INFO, (union ipcs_semun){.__buf = &si}));
	/* Room for exactly two more sets in this namespace. */
	snprintf(value, sizeof value, "%ld %ld %ld %d", l.semmsl, l.semmns, l.semopm,
	         si.semusz + 2);
	ipcs_sysctl_set("/proc/sys/kernel/sem", value);
	/* Up to the limit creation must work: an early ENOSPC is a failure. */
	IPCS_EXPECT_OK(ipcs_semget_try(IPC_PRIVATE, 1, IPC_CREAT | 0600));
	IPCS_EXPECT_OK(ipcs_semget_try(IPC_PRIVATE, 1, IPC_CREAT | 0600));
	IPCS_EXPECT_ERRNO(ipcs_semget_try(IPC_PRIVATE, 1, IPC_CREAT | 0600), ENOSPC);
	IPCS_EXPECT_ERRNO(ipcs_semget_try(ipcs_unique_key(), 1, IPC_CREAT | IPC_EXCL | 0600),
	                  ENOSPC);
}

IPCS_MAIN(semmni_reached_enospc)
