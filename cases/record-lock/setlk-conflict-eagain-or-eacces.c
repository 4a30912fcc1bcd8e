/*
 * F_SETLK of a lock that conflicts with another process's lock fails at once
 * with EACCES or EAGAIN: write vs write, write vs read, read vs write.
 *
 * Ref: fcntl(2) Advisory record locking F_SETLK ("If a conflicting lock is
 * held by another process, this call returns -1 and sets errno to EACCES or
 * EAGAIN"); POSIX.1-2017 fcntl ("If a shared or exclusive lock cannot be set,
 * fcntl() shall return immediately with a return value of -1", ERRORS
 * [EACCES] or [EAGAIN]).
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "F_SETLK conflicting with another process's lock fails with EACCES or EAGAIN",
          .ref = "fcntl(2) F_SETLK; POSIX.1-2017 fcntl ERRORS", .tags = "fcntl,conflict");

static void conflict(short held, short wanted)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, held, 10, 20);

	struct flock fl = ipcs_flock(wanted, SEEK_SET, 25, 10); /* overlaps 25..29 */
	IPCS_EXPECT_LOCK_CONFLICT(fcntl(fd, F_SETLK, &fl));
	ipcs_lock_holder_end(&h);
}

IPCS_TEST(write_lock_blocks_write_lock)
{
	conflict(F_WRLCK, F_WRLCK);
}

IPCS_TEST(write_lock_blocks_read_lock)
{
	conflict(F_WRLCK, F_RDLCK);
}

IPCS_TEST(read_lock_blocks_write_lock)
{
	conflict(F_RDLCK, F_WRLCK);
}

IPCS_MAIN(write_lock_blocks_write_lock, write_lock_blocks_read_lock, read_lock_blocks_write_lock)
