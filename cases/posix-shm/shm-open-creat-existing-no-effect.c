/*
 * shm_open() with O_CREAT (without O_EXCL) of a name that exists opens the
 * existing object: its contents, size, mode and owner are unchanged, and the
 * mode argument is not applied.
 *
 * Ref: POSIX.1-2017 shm_open ("O_CREAT If the shared memory object exists,
 * this flag has no effect, except as noted under O_EXCL below"); shm_open(3)
 * DESCRIPTION O_CREAT ("Create the shared memory object if it does not
 * exist ... the object's permission bits are set according to the low-order
 * 9 bits of mode ... for the new object").
 */
#include <unistd.h>

#include "ipcsuite_mapping.h"
#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "shm_open O_CREAT of an existing name opens that object, contents, size "
                      "and mode unchanged",
          .ref = "POSIX.1-2017 shm_open O_CREAT; shm_open(3) DESCRIPTION O_CREAT",
          .tags = "create,open");

IPCS_TEST(existing_object_opened_unchanged)
{
	char name[IPCS_PNAME_SIZE];
	struct stat before, after;
	size_t page = ipcs_page_size();
	umask(0);
	int fd = ipcs_pshm_create(name, 2 * page, 0640);
	char *p = ipcs_pshm_map(fd, 2 * page, PROT_READ | PROT_WRITE);
	p[page + 1] = 'x';
	ipcs_pshm_fstat(fd, &before);

	int fd2 = shm_open(name, O_RDWR | O_CREAT, 0606);
	IPCS_ASSERT_GE(fd2, 0);
	ipcs_pshm_fstat(fd2, &after);
	IPCS_EXPECT_EQ(after.st_ino, before.st_ino); /* the same object */
	IPCS_EXPECT_EQ(after.st_size, 2 * page);
	IPCS_EXPECT_EQ(after.st_mode & 07777, 0640); /* not 0606 */
	IPCS_EXPECT_EQ(after.st_uid, before.st_uid);
	char *q = ipcs_pshm_map(fd2, 2 * page, PROT_READ);
	IPCS_EXPECT_EQ(q[page + 1], 'x');
}

IPCS_MAIN(existing_object_opened_unchanged)
