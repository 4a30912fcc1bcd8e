/*
 * shm_open() of an existing object asking for access its mode denies fails
 * with EACCES: O_RDWR on a read-only object, and O_TRUNC without write
 * permission; what the mode grants (O_RDONLY) opens (negative control).
 *
 * Ref: shm_open(3) ERRORS ("EACCES Permission was denied to shm_open() name
 * in the specified mode, or O_TRUNC was specified and the caller does not
 * have write permission on the object"); POSIX.1-2017 shm_open ERRORS ("shall
 * fail if: [EACCES] The shared memory object exists and the permissions
 * specified by oflag are denied, or ... O_TRUNC is specified and write
 * permission is denied").
 */
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shm_open asking for write access the mode denies (O_RDWR, O_TRUNC) "
                      "fails with EACCES",
          .ref = "shm_open(3) ERRORS EACCES; POSIX.1-2017 shm_open", .needs = IPCS_NEEDS_UNPRIV,
          .tags = "permissions");

static char name[IPCS_PNAME_SIZE];

static void opener(void *arg)
{
	(void)arg;
	struct stat st;
	ipcs_become_user(0);
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDWR, 0), EACCES);
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDWR | O_TRUNC, 0), EACCES);
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDONLY | O_TRUNC, 0), EACCES);
	int fd = shm_open(name, O_RDONLY, 0);
	IPCS_EXPECT_GE(fd, 0); /* read is granted */
	if (fd >= 0) {
		ipcs_pshm_fstat(fd, &st);
		IPCS_EXPECT_EQ(st.st_size, 4096); /* not truncated by the refused calls */
	}
}

IPCS_TEST(read_only_object_denies_write_access)
{
	umask(0);
	close(ipcs_pshm_create(name, 4096, 0444)); /* the owner may not write either */
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(opener, NULL), 0);
}

IPCS_MAIN(read_only_object_denies_write_access)
