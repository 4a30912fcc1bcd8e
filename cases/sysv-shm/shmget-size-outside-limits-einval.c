/*
 * Creating a segment smaller than SHMMIN (size 0) or larger than SHMMAX
 * (the current /proc/sys/kernel/shmmax) fails with EINVAL.
 *
 * Ref: shmget(2) ERRORS ("EINVAL A new segment was to be created and size
 * is less than SHMMIN or greater than SHMMAX"), NOTES (SHMMIN "currently 1
 * byte", SHMMAX "/proc/sys/kernel/shmmax"); POSIX.1-2017 shmget ERRORS
 * [EINVAL]; ipc/shm.c newseg().
 */
#include <stdint.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "creating a segment of size 0 or above SHMMAX fails with EINVAL",
          .ref = "shmget(2) ERRORS EINVAL, NOTES; POSIX.1-2017 shmget", .tags = "size,limits");

static void expect_einval_create(size_t size)
{
	int id;
	if (!IPCS_EXPECT_ERRNO(id = shmget(IPC_PRIVATE, size, IPC_CREAT | 0600), EINVAL) && id >= 0)
		ipcs_track(IPCS_OBJ_SHM, id, NULL);
}

IPCS_TEST(size_zero_below_shmmin)
{
	expect_einval_create(0);
}

IPCS_TEST(size_above_shmmax)
{
	unsigned long long shmmax = ipcs_read_proc_ull("/proc/sys/kernel/shmmax");
	if (shmmax >= SIZE_MAX)
		IPCS_SKIP("shmmax is %llu: no size_t is larger", shmmax);
	expect_einval_create((size_t)shmmax + 1);
}

IPCS_MAIN(size_zero_below_shmmin, size_above_shmmax)
