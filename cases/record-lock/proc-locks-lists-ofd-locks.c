/*
 * /proc/locks lists an open file description lock as an OFDLCK ADVISORY line
 * with the pid -1 (since Linux 4.14), its type and range.
 *
 * Ref: proc(5) /proc/locks ("OFDLCK This is an open file description (OFD)
 * lock created using fcntl(2)"; "ADVISORY This is an advisory lock"; "the
 * value -1 is displayed in this field for OFD locks. (Before Linux 4.14, a bug meant that the PID
 * of the process that initially acquired the lock was displayed instead of the value -1.)").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "/proc/locks shows an OFD lock as OFDLCK with pid -1",
          .ref = "proc(5) /proc/locks", .min_kernel = "4.14", .tags = "fcntl,ofd,proc");

IPCS_TEST(ofd_lock_listed)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd);
	struct flock fl = ipcs_flock(F_RDLCK, SEEK_SET, 7, 3);
	IPCS_ASSERT_OK(fcntl(fd, F_OFD_SETLK, &fl));

	struct ipcs_lock_line l[4];
	IPCS_ASSERT_EQ(ipcs_proc_locks(fd, l, 4), 1);
	IPCS_EXPECT_STREQ(l[0].cls, "OFDLCK");
	IPCS_EXPECT_STREQ(l[0].mode, "ADVISORY");
	IPCS_EXPECT_STREQ(l[0].type, "READ");
	IPCS_EXPECT_EQ(l[0].pid, -1);
	IPCS_EXPECT_EQ(l[0].start, 7);
	IPCS_EXPECT_EQ(l[0].end, 9);
}

IPCS_MAIN(ofd_lock_listed)
