/*
 * An l_type other than F_RDLCK, F_WRLCK and F_UNLCK, or an l_whence other
 * than SEEK_SET, SEEK_CUR and SEEK_END, is refused with EINVAL by F_SETLK and
 * F_GETLK.
 *
 * Ref: POSIX.1-2017 fcntl ERRORS ("[EINVAL] The cmd argument is ... F_GETLK,
 * F_SETLK, or F_SETLKW and the data pointed to by arg is not valid");
 * fcntl(2) Advisory record locking (l_type is F_RDLCK, F_WRLCK or F_UNLCK;
 * l_whence is SEEK_SET, SEEK_CUR or SEEK_END).
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "an unknown l_type or l_whence fails with EINVAL",
          .ref = "POSIX.1-2017 fcntl ERRORS EINVAL; fcntl(2) Advisory record locking",
          .tags = "fcntl,einval");

IPCS_TEST(unknown_type_refused)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 10, O_RDWR);
	short bad = F_RDLCK + F_WRLCK + F_UNLCK + 1; /* none of the three */
	struct flock fl = ipcs_flock(bad, SEEK_SET, 0, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLK, &fl), EINVAL);
	fl = ipcs_flock(bad, SEEK_SET, 0, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_GETLK, &fl), EINVAL);
}

IPCS_TEST(unknown_whence_refused)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 10, O_RDWR);
	short bad = SEEK_SET + SEEK_CUR + SEEK_END + 10; /* not a whence lseek knows either */
	struct flock fl = ipcs_flock(F_WRLCK, bad, 0, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLK, &fl), EINVAL);
	fl = ipcs_flock(F_WRLCK, bad, 0, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_GETLK, &fl), EINVAL);
}

IPCS_MAIN(unknown_type_refused, unknown_whence_refused)
