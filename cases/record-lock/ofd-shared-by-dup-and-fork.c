/*
 * An open file description lock belongs to the description, so every
 * descriptor sharing it - a dup(), or the copy a fork()ed child inherits -
 * acts as its owner (relocks without conflict), while a separate open() of
 * the file conflicts.
 *
 * Ref: fcntl(2) Open file description locks ("Open file description locks
 * placed via the same open file description (i.e., via the same file
 * descriptor, or via a duplicate of the file descriptor created by fork(2),
 * dup(2), fcntl() F_DUPFD, and so on) are always compatible"; "open file
 * description locks are inherited across fork(2)").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "an OFD lock is shared by dup'd and fork-inherited descriptors",
          .ref = "fcntl(2) Open file description locks", .tags = "fcntl,ofd,fork");

static int fd1;
static char path[256];

static void child(void *arg)
{
	(void)arg;
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_EXPECT_OK(fcntl(fd1, F_OFD_SETLK, &fl)); /* inherited: same owner */
	int own = ipcs_lock_open(path, O_RDWR);
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_EXPECT_ERRNO(fcntl(own, F_OFD_SETLK, &fl), EAGAIN); /* control */
}

IPCS_TEST(dup_is_same_owner)
{
	fd1 = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd1);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd1, F_OFD_SETLK, &fl));
	int d = IPCS_SAFE(dup(fd1));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 5, 10);
	IPCS_EXPECT_OK(fcntl(d, F_OFD_SETLK, &fl));
	int other = ipcs_lock_open(path, O_RDWR);
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 12, 1); /* extended through the dup */
	IPCS_EXPECT_ERRNO(fcntl(other, F_OFD_SETLK, &fl), EAGAIN);
}

IPCS_TEST(fork_child_is_same_owner)
{
	fd1 = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	ipcs_require_ofd_locks(fd1);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd1, F_OFD_SETLK, &fl));
	pid_t pid = ipcs_spawn(child, NULL);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	/* the child's exit closed only its copy: the lock is still there */
	int other = ipcs_lock_open(path, O_RDWR);
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 1);
	IPCS_EXPECT_ERRNO(fcntl(other, F_OFD_SETLK, &fl), EAGAIN);
}

IPCS_MAIN(dup_is_same_owner, fork_child_is_same_owner)
