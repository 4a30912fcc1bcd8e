/*
 * One process's open file description lock and process-associated lock on
 * the same file are two /proc/locks lines told apart by class and pid: OFDLCK
 * with -1, POSIX with the process's pid, each with its own range.
 *
 * Ref: proc(5) /proc/locks ("[2] The lock type ... OFDLCK This is an open
 * file description (OFD) lock created using fcntl(2). POSIX This is a POSIX
 * byte-range lock created using fcntl(2)"; "[5] The PID of the process that
 * owns the lock. Because OFD locks are not owned by a single process ... the
 * value -1 is displayed in this field for OFD locks").
 */
#include <string.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "/proc/locks lists a process's OFD and POSIX locks on one file as OFDLCK "
                      "-1 and POSIX pid",
          .ref = "proc(5) /proc/locks", .min_kernel = "4.14", .tags = "fcntl,ofd,proc");

IPCS_TEST(both_classes_listed)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd);
	int fd2 = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 20, 10);
	IPCS_ASSERT_OK(fcntl(fd2, F_OFD_SETLK, &fl));

	struct ipcs_lock_line l[4];
	IPCS_ASSERT_EQ(ipcs_proc_locks(fd, l, 4), 2);
	int p = strcmp(l[0].cls, "POSIX") == 0 ? 0 : 1; /* the order is the kernel's */
	IPCS_EXPECT_STREQ(l[p].cls, "POSIX");
	IPCS_EXPECT_EQ(l[p].pid, ipcs_proc_self_pid());
	IPCS_EXPECT_EQ(l[p].start, 0);
	IPCS_EXPECT_EQ(l[p].end, 9);
	IPCS_EXPECT_STREQ(l[1 - p].cls, "OFDLCK");
	IPCS_EXPECT_EQ(l[1 - p].pid, -1);
	IPCS_EXPECT_EQ(l[1 - p].start, 20);
	IPCS_EXPECT_EQ(l[1 - p].end, 29);
	IPCS_EXPECT_STREQ(l[0].type, "WRITE");
	IPCS_EXPECT_STREQ(l[1].type, "WRITE");
}

IPCS_MAIN(both_classes_listed)
