/*
 * A shared memory object shm_open() creates has size 0; ftruncate() sets its
 * size, which fstat() reports, and the new bytes read as zero.
 *
 * Ref: shm_open(3) DESCRIPTION ("A new shared memory object initially has
 * zero length—the size of the object can be set using ftruncate(2). The
 * newly allocated bytes of a shared memory object are automatically
 * initialized to 0"); POSIX.1-2017 ftruncate ("If fildes refers to a shared
 * memory object, ftruncate() shall set the size of the shared memory object
 * to length"), fstat ("If fildes references a shared memory object, the
 * implementation shall update ... the st_uid, st_gid, st_size, and st_mode
 * fields").
 */
#include <string.h>
#include <unistd.h>

#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a new shm object has size 0; ftruncate sizes it, zero-filled",
          .ref = "shm_open(3) DESCRIPTION; POSIX.1-2017 ftruncate, fstat", .tags = "size");

IPCS_TEST(zero_then_sized)
{
	char name[IPCS_PNAME_SIZE], zero[8192];
	struct stat st;
	int fd = ipcs_pshm_create(name, 0, 0600);
	ipcs_pshm_fstat(fd, &st);
	IPCS_EXPECT_EQ(st.st_size, 0);

	IPCS_ASSERT_OK(ftruncate(fd, 8192));
	ipcs_pshm_fstat(fd, &st);
	IPCS_EXPECT_EQ(st.st_size, 8192);
	char *p = ipcs_pshm_map(fd, 8192, PROT_READ);
	memset(zero, 0, sizeof zero);
	IPCS_EXPECT_MEMEQ(p, zero, sizeof zero);
}

IPCS_TEST(shrink_and_grow)
{
	char name[IPCS_PNAME_SIZE];
	struct stat st;
	int fd = ipcs_pshm_create(name, 8192, 0600);
	IPCS_ASSERT_OK(ftruncate(fd, 100));
	ipcs_pshm_fstat(fd, &st);
	IPCS_EXPECT_EQ(st.st_size, 100);
}

IPCS_MAIN(zero_then_sized, shrink_and_grow)
