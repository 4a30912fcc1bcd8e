/*
 * mmap() of a descriptor whose file type cannot be mapped (the read end of a
 * pipe, a directory) fails with ENODEV, when the descriptor is open for
 * reading and the mapping is MAP_PRIVATE, PROT_READ (so no EACCES applies).
 *
 * Ref: POSIX.1-2017 mmap ERRORS, shall fail ("[ENODEV] The fildes argument
 * refers to a file whose type is not supported by mmap()"); mmap(2) ERRORS
 * ("ENODEV The underlying filesystem of the specified file does not support
 * memory mapping"). Kernel: mm/mmap.c do_mmap() returns ENODEV for a file
 * without an mmap operation, after the open-mode checks.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mmap of a pipe or a directory (open for reading) fails with ENODEV",
          .ref = "POSIX.1-2017 mmap ERRORS ENODEV; mmap(2) ERRORS ENODEV; mm/mmap.c do_mmap",
          .tags = "mmap,errors");

IPCS_TEST(pipe_read_end_enodev)
{
	int fds[2];
	IPCS_SAFE(pipe(fds));
	IPCS_EXPECT_ERRNO(mmap(NULL, ipcs_page_size(), PROT_READ, MAP_PRIVATE, fds[0], 0), ENODEV);
}

IPCS_TEST(directory_enodev)
{
	int fd = (int)IPCS_SAFE(open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
	IPCS_EXPECT_ERRNO(mmap(NULL, ipcs_page_size(), PROT_READ, MAP_PRIVATE, fd, 0), ENODEV);
}

IPCS_MAIN(pipe_read_end_enodev, directory_enodev)
