/*
 * A child created by fork() does not inherit its parent's record locks: the
 * parent's lock conflicts with the child like any other process's, and the
 * child's F_GETLK names the parent.
 *
 * Ref: fcntl(2) Advisory record locking ("Record locks are not inherited by a
 * child created via fork(2)"); POSIX.1-2017 fcntl ("Locks are not inherited
 * by a child process"); fork(2) ("The child does not inherit process-associated
 * record locks from its parent").
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "fork's child does not hold its parent's record locks",
          .ref = "fcntl(2) Advisory record locking; fork(2); POSIX.1-2017 fcntl",
          .tags = "fcntl,lifetime,fork");

static int fd;
static pid_t parent;

static void child(void *arg)
{
	(void)arg;
	/* the inherited descriptor, so that only lock ownership differs */
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 0);
	IPCS_ASSERT_OK(fcntl(fd, F_GETLK, &fl));
	IPCS_EXPECT_FLOCK(fl, F_WRLCK, 0, 10, parent);
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 5, 1);
	IPCS_EXPECT_LOCK_CONFLICT(fcntl(fd, F_SETLK, &fl));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 10, 1); /* control: free bytes */
	IPCS_EXPECT_OK(fcntl(fd, F_SETLK, &fl));
}

IPCS_TEST(child_conflicts_with_parent_lock)
{
	char path[256];
	fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	parent = getpid();
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	pid_t pid = ipcs_spawn(child, NULL);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(child_conflicts_with_parent_lock)
