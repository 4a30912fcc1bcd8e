/*
 * A new lock over bytes the process already locks replaces the old type on
 * exactly those bytes: read becomes write, write becomes read, and a read
 * lock in the middle of a write lock leaves write locks on both sides.
 *
 * Ref: fcntl(2) Advisory record locking ("A single process can hold only one
 * type of lock on a file region; if a new lock is applied to an
 * already-locked region, then the existing lock is converted to the new lock
 * type"); POSIX.1-2017 fcntl ("the previous lock type for each byte in the
 * specified region shall be replaced by the new lock type").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a new lock type over the process's own lock converts those bytes",
          .ref = "fcntl(2) Advisory record locking; POSIX.1-2017 fcntl", .tags = "fcntl,convert");

IPCS_TEST(read_to_write)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	IPCS_ASSERT_OK(ipcs_setlk_in_child(path, F_RDLCK, 0, 10)); /* still shared */
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	IPCS_EXPECT_LOCK_CONFLICT(ipcs_setlk_in_child(path, F_RDLCK, 0, 10));
}

IPCS_TEST(write_to_read)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	IPCS_EXPECT_LOCK_CONFLICT(ipcs_setlk_in_child(path, F_RDLCK, 0, 10)); /* excluded */
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	IPCS_EXPECT_OK(ipcs_setlk_in_child(path, F_RDLCK, 0, 10));
	IPCS_EXPECT_LOCK_CONFLICT(ipcs_setlk_in_child(path, F_WRLCK, 0, 10));
}

IPCS_TEST(read_inside_write_converts_only_those_bytes)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 30);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_RDLCK, SEEK_SET, 10, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	IPCS_EXPECT_OK(ipcs_setlk_in_child(path, F_RDLCK, 10, 10));
	IPCS_EXPECT_LOCK_CONFLICT(ipcs_setlk_in_child(path, F_RDLCK, 9, 1));
	IPCS_EXPECT_LOCK_CONFLICT(ipcs_setlk_in_child(path, F_RDLCK, 20, 1));
}

IPCS_MAIN(read_to_write, write_to_read, read_inside_write_converts_only_those_bytes)
