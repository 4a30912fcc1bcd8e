/*
 * Without CAP_IPC_LOCK, SHM_LOCK and SHM_UNLOCK by a process that is
 * neither owner nor creator fail with EPERM, and SHM_LOCK by the owner
 * fails with EPERM when its RLIMIT_MEMLOCK is 0.
 *
 * Ref: shmctl(2) SHM_LOCK ("an unprivileged process can employ these
 * operations if its effective UID matches the owner or creator UID of the
 * segment"), ERRORS EPERM ("Since Linux 2.6.9, this error can also occur
 * if the RLIMIT_MEMLOCK is 0 and the caller is not privileged");
 * ipc/shm.c shmctl_do_lock().
 */
#include <sys/resource.h>

#include "ipcsuite_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "SHM_LOCK/UNLOCK: EPERM for a stranger, and for the owner with MEMLOCK 0",
          .ref = "shmctl(2) SHM_LOCK, ERRORS EPERM; ipc/shm.c shmctl_do_lock()",
          .needs = IPCS_NEEDS_TWO_USERS, .tags = "shmctl,shm_lock,permissions");

static int shmid;

static void stranger(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	IPCS_EXPECT_ERRNO(shmctl(shmid, SHM_LOCK, NULL), EPERM);
	IPCS_EXPECT_ERRNO(shmctl(shmid, SHM_UNLOCK, NULL), EPERM);
}

static void owner_without_memlock(void *arg)
{
	(void)arg;
	ipcs_become_user(1);
	struct rlimit none = {0, 0};
	IPCS_SAFE(setrlimit(RLIMIT_MEMLOCK, &none));
	IPCS_EXPECT_ERRNO(shmctl(shmid, SHM_LOCK, NULL), EPERM);
}

IPCS_TEST(stranger_gets_eperm)
{
	shmid = ipcs_sysv_new_as_user(IPCS_SYSV_SHM, 1, IPC_PRIVATE, IPC_CREAT | 0666);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(stranger, NULL), 0);
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_perm.mode & SHM_LOCKED, 0);
}

IPCS_TEST(owner_with_zero_memlock_gets_eperm)
{
	shmid = ipcs_sysv_new_as_user(IPCS_SYSV_SHM, 1, IPC_PRIVATE, IPC_CREAT | 0600);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(owner_without_memlock, NULL), 0);
	IPCS_EXPECT_EQ(ipcs_shm_stat(shmid).shm_perm.mode & SHM_LOCKED, 0);
}

IPCS_MAIN(stranger_gets_eperm, owner_with_zero_memlock_gets_eperm)
