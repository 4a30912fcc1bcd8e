/*
 * F_GETLK for a lock that could be placed sets l_type to F_UNLCK and leaves
 * the other fields as they were; it places no lock. A read probe over another
 * process's read lock is such a case.
 *
 * Ref: fcntl(2) F_GETLK ("If the lock could be placed, fcntl() does not
 * actually place it, but returns F_UNLCK in the l_type field of lock and
 * leaves the other fields of the structure unchanged"); POSIX.1-2017 fcntl
 * F_GETLK ("If no lock is found that would prevent this lock from being
 * created, then the structure shall be left unchanged except for the lock
 * type which shall be set to F_UNLCK").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "F_GETLK with nothing in the way returns F_UNLCK, other fields unchanged, "
                      "and places no lock",
          .ref = "fcntl(2) F_GETLK; POSIX.1-2017 fcntl F_GETLK", .tags = "fcntl,getlk");

IPCS_TEST(free_range_reports_unlck)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_WRLCK, 50, 10);

	struct flock fl = ipcs_flock(F_WRLCK, SEEK_END, -95, 20); /* 5..24 */
	IPCS_ASSERT_OK(fcntl(fd, F_GETLK, &fl));
	IPCS_EXPECT_FLOCK(fl, F_UNLCK, -95, 20, 0);
	IPCS_EXPECT_EQ(fl.l_whence, SEEK_END);
	/* nothing was placed: another process can still take the range */
	IPCS_EXPECT_OK(ipcs_setlk_in_child(path, F_WRLCK, 5, 20));
	ipcs_lock_holder_end(&h);
}

IPCS_TEST(read_probe_ignores_read_lock)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_RDLCK, 0, 100);

	struct flock fl = ipcs_flock(F_RDLCK, SEEK_SET, 10, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_GETLK, &fl));
	IPCS_EXPECT_FLOCK(fl, F_UNLCK, 10, 10, 0);
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(free_range_reports_unlck, read_probe_ignores_read_lock)
