/*
 * F_SETLKW on bytes another process has locked sleeps in fcntl() until that
 * lock is released, and then acquires the lock.
 *
 * Ref: fcntl(2) F_SETLKW ("if a conflicting lock is held on the file, then
 * wait for that lock to be released"); POSIX.1-2017 fcntl F_SETLKW ("If a
 * shared or exclusive lock is blocked by other locks, the thread shall wait
 * until the request can be satisfied").
 */
#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "F_SETLKW blocks while another process holds a conflicting lock, then "
                      "gets the lock once it is released",
          .ref = "fcntl(2) F_SETLKW; POSIX.1-2017 fcntl", .tags = "fcntl,blocking");

static char path[256];

static void waiter_hold(void *arg)
{
	int *p = arg; /* p[0]: read end (parent -> child), p[1]: write end (child -> parent) */
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLKW, &fl));
	IPCS_SAFE(write(p[1], "G", 1));
	char c;
	IPCS_SAFE(read(p[0], &c, 1)); /* hold until the parent has looked */
}

IPCS_TEST(waiter_sleeps_then_acquires)
{
	ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct ipcs_lock_holder h;
	ipcs_lock_holder_start(&h, path, F_SETLK, F_WRLCK, 5, 1);

	int down[2], up[2];
	IPCS_SAFE(pipe(down));
	IPCS_SAFE(pipe(up));
	int ends[2] = {down[0], up[1]};
	pid_t pid = ipcs_spawn(waiter_hold, ends);
	IPCS_EXPECT_BLOCKED_IN(pid, "fcntl");

	ipcs_lock_holder_unlock(&h);
	char c;
	IPCS_SAFE(read(up[0], &c, 1));
	/* the waiter now holds 0..9: another process sees it */
	struct flock got = ipcs_getlk_in_child(path, 0, 100);
	IPCS_EXPECT_FLOCK(got, F_WRLCK, 0, 10, pid);
	IPCS_SAFE(write(down[1], "x", 1));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	ipcs_lock_holder_end(&h);
}

IPCS_MAIN(waiter_sleeps_then_acquires)
