/*
 * On a full /dev/shm, growing a shared memory object with posix_fallocate()
 * (allocating its blocks) fails with ENOSPC.
 *
 * Ref: shm_overview(7) Accessing shared memory objects via the filesystem
 * ("On Linux, shared memory objects are created in a (tmpfs(5)) virtual
 * filesystem, normally mounted under /dev/shm"); tmpfs(5) size= ("an upper
 * limit on the size of the filesystem"); posix_fallocate(3) RETURN VALUE ("an
 * error number on failure"), ERRORS ("ENOSPC There is not enough space left
 * on the device containing the file referred to by fd").
 */
#include <unistd.h>

#include "ipcsuite_mapping.h"
#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "on a full /dev/shm, posix_fallocate growing a shm object fails with "
                      "ENOSPC",
          .ref = "shm_overview(7); tmpfs(5) size=; posix_fallocate(3) ERRORS ENOSPC",
          .tags = "size,limits,namespace");

IPCS_TEST(allocating_growth_enospc)
{
	char name[IPCS_PNAME_SIZE];
	size_t page = ipcs_page_size();
	ipcs_pshm_small_dev_shm(4);
	int fd = ipcs_pshm_create(name, 0, 0600);
	ipcs_pshm_fill_dev_shm();
	int r = posix_fallocate(fd, 0, (off_t)page);
	if (r != ENOSPC)
		ipcs_fail_at(__FILE__, __LINE__, "ENOSPC", r ? ipcs_errno_name(r) : "0 (success)",
		             r, "posix_fallocate(fd, 0, one page) on a full /dev/shm");
}

IPCS_MAIN(allocating_growth_enospc)
