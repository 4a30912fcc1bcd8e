/*
 * Creating a named semaphore on a full /dev/shm fails with ENOSPC, and no
 * semaphore of that name is left behind.
 *
 * Ref: POSIX.1-2017 sem_open ERRORS ("[ENOSPC] There is insufficient space
 * for the creation of the new named semaphore"); sem_overview(7) Accessing
 * named semaphores via the filesystem ("On Linux, named semaphores are created
 * in a virtual filesystem, normally mounted under /dev/shm"); tmpfs(5) size=.
 * sem_open(3) lists no ENOSPC, and the full /dev/shm is a Linux notion: level
 * linux.
 */
#include "ipcsuite_posix_sem.h"
#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "sem_open creating a semaphore on a full /dev/shm fails with ENOSPC",
          .ref = "POSIX.1-2017 sem_open ERRORS ENOSPC; sem_overview(7); tmpfs(5) size=",
          .tags = "named,limits,namespace");

IPCS_TEST(create_on_full_dev_shm_enospc)
{
	char name[IPCS_PNAME_SIZE];
	ipcs_pshm_small_dev_shm(4);
	ipcs_pshm_fill_dev_shm();
	ipcs_unique_name(name, sizeof name, "sem");
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, name, O_CREAT | O_EXCL, 0600, 1), ENOSPC);
	IPCS_EXPECT_ERRNO(ipcs_psem_open(NULL, name, 0, 0, 0), ENOENT);
}

IPCS_MAIN(create_on_full_dev_shm_enospc)
