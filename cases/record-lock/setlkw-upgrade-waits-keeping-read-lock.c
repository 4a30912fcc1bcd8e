/*
 * A read-to-write conversion by F_SETLKW that must wait for another
 * process's read lock keeps the caller's read lock while it waits (kernel):
 * the conversion is atomic, never a moment unlocked, and it completes as a
 * write lock over the same bytes when the other reader goes.
 *
 * Ref: fcntl(2) Advisory record locking ("if a new lock is applied to an
 * already-locked region, then the existing lock is converted to the new lock
 * type"), F_SETLKW ("if a conflicting lock is held on the file, then wait for
 * that lock to be released": the page does not say what the caller holds
 * meanwhile); kernel fs/locks.c posix_lock_inode() (a conflict defers the
 * request before any of the owner's locks is changed).
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "a waiting F_SETLKW read-to-write upgrade keeps its read lock until it "
                      "converts (kernel)",
          .ref = "fcntl(2) Advisory record locking, F_SETLKW; kernel fs/locks.c "
                 "posix_lock_inode()",
          .tags = "fcntl,convert,blocking");

static char path[256];

static void upgrader(void *arg)
{
	int *p = arg; /* p[0]: parent -> child, p[1]: child -> parent */
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 50);
	IPCS_SAFE(fcntl(fd, F_SETLK, &fl));
	IPCS_SAFE(write(p[1], "R", 1));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 50);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLKW, &fl));
	IPCS_SAFE(write(p[1], "W", 1));
	char c;
	IPCS_SAFE(read(p[0], &c, 1)); /* hold until the parent has looked */
}

IPCS_TEST(read_lock_kept_while_waiting)
{
	ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_RDLCK, 20, 5); /* the other reader */

	int down[2], up[2];
	IPCS_SAFE(pipe(down));
	IPCS_SAFE(pipe(up));
	int ends[2] = {down[0], up[1]};
	pid_t pid = ipcs_spawn(upgrader, ends);
	char c;
	IPCS_SAFE(read(up[0], &c, 1));
	IPCS_EXPECT_BLOCKED_IN(pid, "fcntl");

	/* meanwhile: bytes 0..19 (away from the other reader) are still read-locked
	 * by the upgrader, over its whole range */
	struct flock got = ipcs_getlk_in_child(path, 0, 20);
	IPCS_EXPECT_FLOCK(got, F_RDLCK, 0, 50, pid);

	ipcs_lock_holder_unlock(&h);
	IPCS_SAFE(read(up[0], &c, 1));
	got = ipcs_getlk_in_child(path, 0, 0);
	IPCS_EXPECT_FLOCK(got, F_WRLCK, 0, 50, pid);
	IPCS_SAFE(write(down[1], "x", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(read_lock_kept_while_waiting)
