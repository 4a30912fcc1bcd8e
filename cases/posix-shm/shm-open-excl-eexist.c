/*
 * shm_open() with O_CREAT | O_EXCL on a name that already names a shared
 * memory object fails with EEXIST and leaves the object as it was.
 *
 * Ref: shm_open(3) ERRORS ("EEXIST Both O_CREAT and O_EXCL were specified to
 * shm_open() and the shared memory object specified by name already
 * exists"); POSIX.1-2017 shm_open ERRORS ("shall fail if: [EEXIST] O_CREAT and
 * O_EXCL are set and the named shared memory object already exists").
 */
#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shm_open with O_CREAT | O_EXCL on an existing name fails with EEXIST",
          .ref = "shm_open(3) ERRORS EEXIST; POSIX.1-2017 shm_open", .tags = "create");

IPCS_TEST(existing_name_eexist)
{
	char name[IPCS_PNAME_SIZE];
	struct stat st;
	int fd = ipcs_pshm_create(name, 4096, 0600);
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600), EEXIST);
	IPCS_EXPECT_ERRNO(shm_open(name, O_RDONLY | O_CREAT | O_EXCL, 0600), EEXIST);
	ipcs_pshm_fstat(fd, &st);
	IPCS_EXPECT_EQ(st.st_size, 4096); /* untouched */
}

IPCS_MAIN(existing_name_eexist)
