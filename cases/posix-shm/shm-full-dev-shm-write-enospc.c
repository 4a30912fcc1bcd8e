/*
 * On a full /dev/shm, write(2) to a shared memory object's descriptor fails
 * with ENOSPC and the object's size stays as it was.
 *
 * Ref: shm_overview(7) Accessing shared memory objects via the filesystem
 * ("On Linux, shared memory objects are created in a (tmpfs(5)) virtual
 * filesystem, normally mounted under /dev/shm"); tmpfs(5) size= ("an upper
 * limit on the size of the filesystem"); write(2) ERRORS ("ENOSPC The device
 * containing the file referred to by fd has no room for the data").
 */
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "on a full /dev/shm, write to a shm descriptor fails with ENOSPC",
          .ref = "shm_overview(7); tmpfs(5) size=; write(2) ERRORS ENOSPC",
          .tags = "limits,namespace");

IPCS_TEST(write_on_full_dev_shm_enospc)
{
	char name[IPCS_PNAME_SIZE];
	struct stat st;
	ipcs_pshm_small_dev_shm(4);
	int fd = ipcs_pshm_create(name, 0, 0600);
	ipcs_pshm_fill_dev_shm();
	IPCS_EXPECT_ERRNO(write(fd, "x", 1), ENOSPC);
	ipcs_pshm_fstat(fd, &st);
	IPCS_EXPECT_EQ(st.st_size, 0);
}

IPCS_MAIN(write_on_full_dev_shm_enospc)
