/*
 * /proc/locks lists each process-associated lock as a POSIX ADVISORY line
 * with its type (READ, WRITE), the owner's pid, the file's device and inode,
 * and its first and last byte (EOF when it runs to the end); a split lock is
 * listed as two lines.
 *
 * Ref: proc(5) /proc/locks ("[2] The lock type ... POSIX This is a POSIX
 * byte-range lock created using fcntl(2)"; "[5] The PID of the process that
 * owns the lock"; "[7] The byte offset of the first byte of the lock"; "[8]
 * The byte offset of the last byte of the lock. EOF in this field means that
 * the lock extends to the end of the file").
 */
#include <string.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "/proc/locks shows each fcntl lock: POSIX, type, pid, range (EOF)",
          .ref = "proc(5) /proc/locks", .tags = "fcntl,proc");

static void expect_line(const struct ipcs_lock_line *l, const char *type, long pid, long long start,
                        long long end)
{
	IPCS_EXPECT_STREQ(l->cls, "POSIX");
	IPCS_EXPECT_STREQ(l->mode, "ADVISORY");
	IPCS_EXPECT_STREQ(l->type, type);
	IPCS_EXPECT_EQ(l->pid, pid);
	IPCS_EXPECT_EQ(l->start, start);
	IPCS_EXPECT_EQ(l->end, end); /* -1: EOF */
	IPCS_EXPECT_TRUE(!l->waiter);
}

IPCS_TEST(read_and_write_locks_listed)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_line l[8];
	IPCS_ASSERT_EQ(ipcs_proc_locks(fd, l, 8), 0); /* nothing before */
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 10, 5);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 50, 0);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));

	long me = ipcs_proc_self_pid();
	IPCS_ASSERT_EQ(ipcs_proc_locks(fd, l, 8), 2);
	int w = strcmp(l[0].type, "WRITE") == 0 ? 0 : 1; /* the order is the kernel's */
	expect_line(&l[w], "WRITE", me, 10, 14);
	expect_line(&l[1 - w], "READ", me, 50, -1);
}

IPCS_TEST(split_lock_listed_twice)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 30);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_UNLCK, SEEK_SET, 10, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));

	long me = ipcs_proc_self_pid();
	struct ipcs_lock_line l[8];
	IPCS_ASSERT_EQ(ipcs_proc_locks(fd, l, 8), 2);
	int first = l[0].start == 0 ? 0 : 1;
	expect_line(&l[first], "WRITE", me, 0, 9);
	expect_line(&l[1 - first], "WRITE", me, 20, 29);
}

IPCS_MAIN(read_and_write_locks_listed, split_lock_listed_twice)
