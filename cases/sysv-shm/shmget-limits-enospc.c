/*
 * Creating a segment fails with ENOSPC when it would take the namespace
 * past SHMALL pages in total or past SHMMNI segments, and with EINVAL when
 * it is larger than a lowered SHMMAX.
 *
 * Ref: shmget(2) ERRORS ("ENOSPC All possible shared memory IDs have been
 * taken (SHMMNI), or allocating a segment of the requested size would cause
 * the system to exceed the system-wide limit on shared memory (SHMALL)";
 * "EINVAL ... greater than SHMMAX"), NOTES (SHMALL "measured in units of the
 * system page size"); proc(5) /proc/sys/kernel/shmall, shmmax, shmmni.
 */
#include <stdio.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "shmget: ENOSPC past SHMALL pages or SHMMNI segments, EINVAL past SHMMAX",
          .ref = "shmget(2) ERRORS, NOTES; proc(5)", .needs = IPCS_NEEDS_PRIVATE_IPC_NS,
          .tags = "limits,sysctl");

IPCS_TEST(shmall_pages)
{
	size_t page = ipcs_page_size();
	struct shm_info info;
	unsigned long used = 0;
	if (shmctl(0, SHM_INFO, (struct shmid_ds *)&info) >= 0)
		used = info.shm_tot;
	char value[32];
	snprintf(value, sizeof value, "%lu", used + 3);
	ipcs_sysctl_set("/proc/sys/kernel/shmall", value);
	IPCS_EXPECT_OK(ipcs_shmget_try(IPC_PRIVATE, 2 * page, IPC_CREAT | 0600));
	IPCS_EXPECT_ERRNO(ipcs_shmget_try(IPC_PRIVATE, 2 * page, IPC_CREAT | 0600), ENOSPC);
	/* exactly up to the limit: an early ENOSPC is a failure */
	IPCS_EXPECT_OK(ipcs_shmget_try(IPC_PRIVATE, page, IPC_CREAT | 0600));
	IPCS_EXPECT_ERRNO(ipcs_shmget_try(IPC_PRIVATE, 1, IPC_CREAT | 0600), ENOSPC);
}

IPCS_TEST(shmmni_segments)
{
	struct shm_info info;
	int used = 0;
	if (shmctl(0, SHM_INFO, (struct shmid_ds *)&info) >= 0)
		used = info.used_ids;
	char value[32];
	snprintf(value, sizeof value, "%d", used + 2);
	ipcs_sysctl_set("/proc/sys/kernel/shmmni", value);
	IPCS_EXPECT_OK(ipcs_shmget_try(IPC_PRIVATE, 1, IPC_CREAT | 0600));
	IPCS_EXPECT_OK(ipcs_shmget_try(IPC_PRIVATE, 1, IPC_CREAT | 0600));
	IPCS_EXPECT_ERRNO(ipcs_shmget_try(IPC_PRIVATE, 1, IPC_CREAT | 0600), ENOSPC);
}

IPCS_TEST(lowered_shmmax)
{
	size_t page = ipcs_page_size();
	char value[32];
	snprintf(value, sizeof value, "%zu", page);
	ipcs_sysctl_set("/proc/sys/kernel/shmmax", value);
	IPCS_EXPECT_ERRNO(ipcs_shmget_try(IPC_PRIVATE, page + 1, IPC_CREAT | 0600), EINVAL);
	IPCS_EXPECT_OK(ipcs_shmget_try(IPC_PRIVATE, page, IPC_CREAT | 0600)); /* at the limit */
}

IPCS_MAIN(shmall_pages, shmmni_segments, lowered_shmmax)
