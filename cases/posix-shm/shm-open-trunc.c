/*
 * shm_open() with O_RDWR | O_TRUNC of an existing object truncates it to size
 * 0, leaving its mode and owner unchanged; the old contents are gone.
 *
 * Ref: shm_open(3) DESCRIPTION ("O_TRUNC If the shared memory object already
 * exists, truncate it to zero bytes"); POSIX.1-2017 shm_open ("O_TRUNC If the
 * shared memory object exists, and it is successfully opened O_RDWR, the
 * object shall be truncated to zero length and the mode and owner shall be
 * unchanged by this function call").
 */
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shm_open O_RDWR | O_TRUNC truncates an existing object to 0, mode kept",
          .ref = "shm_open(3) DESCRIPTION O_TRUNC; POSIX.1-2017 shm_open", .tags = "size");

IPCS_TEST(existing_object_truncated)
{
	char name[IPCS_PNAME_SIZE];
	struct stat st;
	umask(0);
	int fd = ipcs_pshm_create(name, 4096, 0640);
	char *p = ipcs_pshm_map(fd, 4096, PROT_READ | PROT_WRITE);
	p[0] = 'x';
	IPCS_SAFE(munmap(p, 4096));

	int fd2 = shm_open(name, O_RDWR | O_TRUNC, 0);
	IPCS_ASSERT_GE(fd2, 0);
	ipcs_pshm_fstat(fd, &st); /* the same object, seen through the first fd */
	IPCS_EXPECT_EQ(st.st_size, 0);
	IPCS_EXPECT_EQ(st.st_mode & 07777, 0640);
	IPCS_SAFE(ftruncate(fd2, 4096));
	p = ipcs_pshm_map(fd2, 4096, PROT_READ);
	IPCS_EXPECT_EQ(p[0], 0); /* the old byte did not come back */
}

IPCS_TEST(create_with_trunc_on_existing)
{
	char name[IPCS_PNAME_SIZE];
	struct stat st;
	int fd = ipcs_pshm_create(name, 4096, 0600);
	int fd2 = shm_open(name, O_RDWR | O_CREAT | O_TRUNC, 0600);
	IPCS_ASSERT_GE(fd2, 0);
	ipcs_pshm_fstat(fd, &st);
	IPCS_EXPECT_EQ(st.st_size, 0);
}

IPCS_MAIN(existing_object_truncated, create_with_trunc_on_existing)
