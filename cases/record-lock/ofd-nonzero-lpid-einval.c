/*
 * F_OFD_SETLK, F_OFD_SETLKW and F_OFD_GETLK refuse a struct flock whose l_pid
 * is not 0 with EINVAL.
 *
 * Ref: fcntl(2) Open file description locks ("the l_pid field of that
 * structure must be set to zero when using the commands described below"),
 * ERRORS EINVAL ("cmd is F_OFD_SETLK, F_OFD_SETLKW, or F_OFD_GETLK, and l_pid
 * was not specified as zero").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "OFD lock commands with l_pid != 0 fail with EINVAL",
          .ref = "fcntl(2) Open file description locks, ERRORS EINVAL", .tags = "fcntl,ofd,einval");

IPCS_TEST(nonzero_lpid_refused)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	fl.l_pid = getpid();
	IPCS_EXPECT_ERRNO(fcntl(fd, F_OFD_SETLK, &fl), EINVAL);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_OFD_SETLKW, &fl), EINVAL);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_OFD_GETLK, &fl), EINVAL);
	fl.l_pid = -1;
	IPCS_EXPECT_ERRNO(fcntl(fd, F_OFD_SETLK, &fl), EINVAL);
	/* nothing was locked, and with l_pid 0 the same request works */
	IPCS_EXPECT_OK(ipcs_setlk_in_child(path, F_WRLCK, 0, 10));
	fl.l_pid = 0;
	IPCS_EXPECT_OK(fcntl(fd, F_OFD_SETLK, &fl));
}

IPCS_MAIN(nonzero_lpid_refused)
