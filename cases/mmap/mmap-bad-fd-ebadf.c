/*
 * mmap() of a file (no MAP_ANONYMOUS) with a descriptor that is not open
 * fails with EBADF: a closed descriptor number and -1.
 *
 * Ref: POSIX.1-2017 mmap ERRORS, shall fail ("[EBADF] The fildes argument is
 * not a valid open file descriptor"); mmap(2) ERRORS ("EBADF fd is not a
 * valid file descriptor (and MAP_ANONYMOUS was not set)").
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mmap of a file with a descriptor that is not open fails with EBADF",
          .ref = "POSIX.1-2017 mmap ERRORS EBADF; mmap(2) ERRORS EBADF", .tags = "mmap,errors");

IPCS_TEST(closed_descriptor_ebadf)
{
	int fd = (int)IPCS_SAFE(open("/dev/null", O_RDONLY | O_CLOEXEC));
	IPCS_SAFE(close(fd)); /* now a number no descriptor uses */
	IPCS_EXPECT_ERRNO(mmap(NULL, ipcs_page_size(), PROT_READ, MAP_SHARED, fd, 0), EBADF);
	IPCS_EXPECT_ERRNO(mmap(NULL, ipcs_page_size(), PROT_READ, MAP_PRIVATE, fd, 0), EBADF);
}

IPCS_TEST(minus_one_ebadf)
{
	IPCS_EXPECT_ERRNO(mmap(NULL, ipcs_page_size(), PROT_READ, MAP_SHARED, -1, 0), EBADF);
}

IPCS_MAIN(closed_descriptor_ebadf, minus_one_ebadf)
