/*
 * lockf() refuses an unknown function or a section before offset 0 with
 * EINVAL, and F_LOCK / F_TLOCK on a descriptor not open for writing with
 * EBADF.
 *
 * Ref: lockf(3) ERRORS ("EBADF ... cmd is F_LOCK or F_TLOCK and fd is not a
 * writable file descriptor"; "EINVAL An invalid operation was specified in
 * cmd"); POSIX.1-2017 lockf ERRORS ("[EBADF] The fildes argument is not a
 * valid open file descriptor; or function is F_LOCK or F_TLOCK and fildes is
 * not a valid file descriptor open for writing"; "[EINVAL] The function
 * argument is not one of F_LOCK, F_TLOCK, F_TEST, or F_ULOCK; or size plus
 * the current file offset is less than 0").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "lockf: EINVAL for an unknown function or a section before 0, EBADF "
                      "for locking a read-only descriptor",
          .ref = "lockf(3) ERRORS; POSIX.1-2017 lockf ERRORS", .tags = "lockf,einval,ebadf");

IPCS_TEST(unknown_function_einval)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	int bad = F_ULOCK + F_LOCK + F_TLOCK + F_TEST + 1; /* none of the four */
	IPCS_EXPECT_ERRNO(lockf(fd, bad, 10), EINVAL);
}

IPCS_TEST(section_before_zero_einval)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	IPCS_SAFE(lseek(fd, 5, SEEK_SET));
	IPCS_EXPECT_ERRNO(lockf(fd, F_TLOCK, -6), EINVAL);
	IPCS_EXPECT_OK(lockf(fd, F_TLOCK, -5)); /* control: 0..4 */
}

IPCS_TEST(read_only_fd_ebadf)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDONLY);
	IPCS_EXPECT_ERRNO(lockf(fd, F_LOCK, 10), EBADF);
	IPCS_EXPECT_ERRNO(lockf(fd, F_TLOCK, 10), EBADF);
}

IPCS_MAIN(unknown_function_einval, section_before_zero_einval, read_only_fd_ebadf)
