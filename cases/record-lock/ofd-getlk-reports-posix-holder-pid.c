/*
 * F_OFD_GETLK meeting another process's process-associated lock reports it
 * with that process's pid in l_pid, with its type and range.
 *
 * Ref: fcntl(2) F_OFD_GETLK ("details about one of these locks are returned
 * via lock, as described above for F_GETLK"), F_GETLK ("If the conflicting
 * lock is a traditional (process-associated) record lock, then the l_pid
 * field is set to the PID of the process holding that lock").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "F_OFD_GETLK reports a conflicting process-associated lock with its "
                      "holder's pid",
          .ref = "fcntl(2) F_OFD_GETLK, F_GETLK", .tags = "fcntl,ofd,getlk");

IPCS_TEST(posix_lock_reported_with_holder_pid)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_RDLCK, 40, 8);

	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 0);
	IPCS_ASSERT_OK(fcntl(fd, F_OFD_GETLK, &fl));
	IPCS_EXPECT_FLOCK(fl, F_RDLCK, 40, 8, h.pid);
	IPCS_EXPECT_EQ(fl.l_whence, SEEK_SET);
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(posix_lock_reported_with_holder_pid)
