/*
 * A read-to-write conversion that F_SETLK refuses because another process
 * also reads leaves the caller's read lock in place (kernel): the conflict is
 * found before anything is changed.
 *
 * Ref: fcntl(2) F_SETLK ("If a conflicting lock is held by another process,
 * this call returns -1": the page does not say what happens to the caller's
 * existing lock); kernel fs/locks.c posix_lock_inode() (conflicts are looked
 * for before the owner's locks are touched).
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "a refused read-to-write upgrade keeps the read lock (kernel)",
          .ref = "fcntl(2) F_SETLK; kernel fs/locks.c posix_lock_inode()", .tags = "fcntl,convert");

IPCS_TEST(read_lock_survives_refused_upgrade)
{
	char path[256];
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 50);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_RDLCK, 20, 5);

	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 50);
	IPCS_EXPECT_LOCK_CONFLICT(fcntl(fd, F_SETLK, &fl));
	ipcs_lock_holder_end(&h); /* only our lock can remain */

	struct flock got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_FLOCK(got, F_RDLCK, 0, 50, getpid());
}

IPCS_MAIN(read_lock_survives_refused_upgrade)
