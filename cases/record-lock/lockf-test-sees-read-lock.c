/*
 * lockf(F_TEST) reports a section another process holds a read lock on
 * (fcntl F_RDLCK) as locked: -1 with EAGAIN or EACCES, since lockf() is an
 * interface to fcntl() locks and F_TEST returns 0 only when the section is
 * unlocked or locked by the caller.
 *
 * Ref: lockf(3) DESCRIPTION ("On Linux, lockf() is just an interface on top
 * of fcntl(2) locking"), F_TEST ("return 0 if the specified section is
 * unlocked or locked by this process; return -1, set errno to EAGAIN (EACCES
 * on some other systems), if another process holds a lock").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "lockf F_TEST fails on a section another process read-locks with fcntl",
          .ref = "lockf(3) DESCRIPTION, F_TEST", .tags = "lockf,fcntl");

IPCS_TEST(read_locked_section_tests_locked)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_RDLCK, 0, 10);
	IPCS_EXPECT_LOCK_CONFLICT(lockf(fd, F_TEST, 10));
	ipcs_lock_holder_unlock(&h); /* control: free again, F_TEST clear */
	IPCS_EXPECT_OK(lockf(fd, F_TEST, 10));
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(read_locked_section_tests_locked)
