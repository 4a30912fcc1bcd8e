/*
 * ftruncate() on a shared memory object's O_RDONLY descriptor fails with
 * EBADF or EINVAL and leaves the object's size unchanged.
 *
 * Ref: POSIX.1-2017 ftruncate ERRORS ("[EBADF] or [EINVAL] The fildes argument
 * is not a file descriptor open for writing"; "If fildes refers to a shared
 * memory object, ftruncate() shall set the size of the shared memory object
 * to length"); ftruncate(2) ERRORS ("EBADF or EINVAL fd is not open for
 * writing"); shm_open(3) DESCRIPTION O_RDONLY.
 */
#include <unistd.h>

#include "ipcsuite_mapping.h"
#include "ipcsuite_posix_shm.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "ftruncate on an O_RDONLY shm descriptor fails with EBADF or EINVAL",
          .ref = "POSIX.1-2017 ftruncate ERRORS; ftruncate(2) ERRORS; shm_open(3) O_RDONLY",
          .tags = "size,descriptor");

IPCS_TEST(read_only_descriptor_cannot_resize)
{
	char name[IPCS_PNAME_SIZE];
	struct stat st;
	size_t page = ipcs_page_size();
	int fd = ipcs_pshm_create(name, page, 0600);
	int rd = IPCS_SAFE(shm_open(name, O_RDONLY, 0));

	errno = 0;
	int r = ftruncate(rd, (off_t)(2 * page));
	int e = errno;
	if (r != -1 || (e != EBADF && e != EINVAL))
		ipcs_fail_at(__FILE__, __LINE__, "-1 with errno EBADF or EINVAL",
		             r == -1 ? ipcs_errno_name(e) : "success", r == -1 ? e : 0,
		             "ftruncate(O_RDONLY descriptor, 2 pages)");
	ipcs_pshm_fstat(fd, &st);
	IPCS_EXPECT_EQ(st.st_size, page);
}

IPCS_MAIN(read_only_descriptor_cannot_resize)
