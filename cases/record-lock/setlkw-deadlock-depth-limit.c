/*
 * Deadlock detection searches the chain of waiting lock owners only so deep:
 * an F_SETLKW closing a cycle of 10 processes fails with EDEADLK, one closing
 * a cycle of 20 processes is not detected and waits (here until a signal).
 *
 * Ref: fcntl(2) BUGS, Deadlock detection ("the kernel limits the lock depth of
 * its dependency search to 10 steps, meaning that circular deadlock chains
 * that exceed that size will not be detected"); Advisory record locking
 * ("Circular deadlocks involving more than two processes are also detected.
 * Note, however, that there are limitations"); kernel fs/locks.c
 * posix_locks_deadlock() (MAX_DEADLK_ITERATIONS). On Linux 6.18 the largest
 * cycle detected has 12 processes; 10 and 20 keep clear of that edge.
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "F_SETLKW deadlock detection finds a 10-process cycle but not a "
                      "20-process one (search depth limit)",
          .ref = "fcntl(2) BUGS Deadlock detection, Advisory record locking",
          .tags = "fcntl,deadlock,blocking,signal");

#define MAX_CYCLE 20

static char path[256];
static int ready[2]; /* children -> test: "I hold my byte" */
static int go[2];    /* test -> closer: "close the cycle now" */
static int closer_errno;

/* Process k (1..n-1): holds byte k, then waits for byte k - 1. */
static void link_proc(void *arg)
{
	off_t k = (off_t)(long)arg;
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, k, 1);
	IPCS_SAFE(fcntl(fd, F_SETLK, &fl));
	IPCS_SAFE(write(ready[1], "L", 1));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, k - 1, 1);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLKW, &fl)); /* once the cycle is broken */
}

/* Process 0: holds byte 0; told to, waits for byte n - 1, closing the cycle. */
static void closer(void *arg)
{
	off_t last = (off_t)(long)arg;
	ipcs_catch_signal(SIGUSR1, 0); /* no SA_RESTART: the signal ends the wait */
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 1);
	IPCS_SAFE(fcntl(fd, F_SETLK, &fl));
	IPCS_SAFE(write(ready[1], "L", 1));
	char c;
	IPCS_SAFE(read(go[0], &c, 1));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, last, 1);
	IPCS_EXPECT_ERRNO(fcntl(fd, F_SETLKW, &fl), closer_errno);
	/* exiting drops byte 0: the waiters get their bytes one after another */
}

/* Builds the cycle of n processes and starts the closing request; returns
 * the closer's pid, the others in pids[1..n-1]. */
static pid_t build_cycle(int n, pid_t *pids)
{
	char c;
	ipcs_lock_file(path, sizeof path, MAX_CYCLE, O_RDWR);
	IPCS_SAFE(pipe(ready));
	IPCS_SAFE(pipe(go));
	pids[0] = ipcs_spawn(closer, (void *)(long)(n - 1));
	IPCS_SAFE(read(ready[0], &c, 1));
	for (int k = 1; k < n; k++) {
		pids[k] = ipcs_spawn(link_proc, (void *)(long)k);
		IPCS_SAFE(read(ready[0], &c, 1));
		IPCS_WAIT_IN(pids[k], "fcntl"); /* waiting for process k - 1 */
	}
	IPCS_SAFE(write(go[1], "g", 1));
	return pids[0];
}

static void expect_all_done(int n, pid_t *pids)
{
	for (int k = 0; k < n; k++)
		IPCS_EXPECT_CHILD_EXIT(pids[k], 0);
}

IPCS_TEST(cycle_of_ten_detected)
{
	pid_t pids[MAX_CYCLE];
	closer_errno = EDEADLK;
	build_cycle(10, pids);
	expect_all_done(10, pids); /* the closer's own check: EDEADLK */
}

IPCS_TEST(cycle_of_twenty_not_detected)
{
	pid_t pids[MAX_CYCLE];
	closer_errno = EINTR;
	pid_t c = build_cycle(MAX_CYCLE, pids);
	IPCS_EXPECT_BLOCKED_IN(c, "fcntl"); /* a detected cycle would end with EDEADLK */
	IPCS_SAFE(kill(c, SIGUSR1));
	expect_all_done(MAX_CYCLE, pids);
}

IPCS_MAIN(cycle_of_ten_detected, cycle_of_twenty_not_detected)
