/*
 * F_GETLK for a lock that another process's lock blocks returns that lock:
 * its type, start, length and the holder's pid.
 *
 * Ref: fcntl(2) F_GETLK ("fcntl() returns details about one of those locks in
 * the l_type, l_whence, l_start, and l_len fields of lock. If the conflicting
 * lock is a traditional (process-associated) record lock, then the l_pid
 * field is set to the PID of the process holding that lock"); POSIX.1-2017
 * fcntl F_GETLK ("the structure passed shall be overwritten with the first
 * lock found ... l_pid shall be set to the process ID of the process holding
 * the lock").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "F_GETLK describes the blocking lock: type, range and holder pid",
          .ref = "fcntl(2) F_GETLK; POSIX.1-2017 fcntl F_GETLK", .tags = "fcntl,getlk");

static void probe(short held, short probe_type)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, held, 30, 7); /* 30..36 */

	struct flock fl = ipcs_flock(probe_type, SEEK_SET, 0, 0); /* the whole file */
	fl.l_pid = 12345;
	IPCS_ASSERT_OK(fcntl(fd, F_GETLK, &fl));
	IPCS_EXPECT_FLOCK(fl, held, 30, 7, h.pid);
	IPCS_EXPECT_EQ(fl.l_whence, SEEK_SET);
	ipcs_lock_holder_end(&h);
}

IPCS_TEST(write_lock_reported_to_writer)
{
	probe(F_WRLCK, F_WRLCK);
}

IPCS_TEST(write_lock_reported_to_reader)
{
	probe(F_WRLCK, F_RDLCK);
}

IPCS_TEST(read_lock_reported_to_writer)
{
	probe(F_RDLCK, F_WRLCK);
}

IPCS_MAIN(write_lock_reported_to_writer, write_lock_reported_to_reader,
          read_lock_reported_to_writer)
