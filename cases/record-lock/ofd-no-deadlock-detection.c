/*
 * Open file description locks get no deadlock detection: two descriptions
 * each waiting with F_OFD_SETLKW for the other's lock both sleep, where
 * process-associated locks would give EDEADLK.
 *
 * Ref: fcntl(2) Open file description locks ("In the current implementation,
 * no deadlock detection is performed for open file description locks. (This
 * contrasts with process-associated record locks, for which the kernel does
 * perform deadlock detection.)").
 */
#include <signal.h>
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a wait cycle of OFD locks is not detected: both F_OFD_SETLKW sleep",
          .ref = "fcntl(2) Open file description locks", .tags = "fcntl,ofd,deadlock");

static char path[256];

struct who {
	off_t own, want;
	int ready; /* child -> parent: own lock taken */
	int go[2]; /* parent -> child: now wait for the other */
};

static void waiter(void *arg)
{
	struct who *w = arg;
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, w->own, 1);
	IPCS_SAFE(fcntl(fd, F_OFD_SETLK, &fl));
	IPCS_SAFE(write(w->ready, "L", 1));
	char c;
	IPCS_SAFE(read(w->go[0], &c, 1));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, w->want, 1);
	IPCS_EXPECT_OK(fcntl(fd, F_OFD_SETLKW, &fl)); /* granted once the other dies */
}

IPCS_TEST(both_waiters_sleep)
{
	int fd = ipcs_lock_file(path, sizeof path, 10, O_RDWR);
	ipcs_require_ofd_locks(fd);
	int p[2];
	IPCS_SAFE(pipe(p));
	char c;
	struct who wa = {0, 1, p[1], {-1, -1}}, wb = {1, 0, p[1], {-1, -1}};
	IPCS_SAFE(pipe(wa.go));
	IPCS_SAFE(pipe(wb.go));
	pid_t a = ipcs_spawn(waiter, &wa);
	IPCS_SAFE(read(p[0], &c, 1));
	pid_t b = ipcs_spawn(waiter, &wb);
	IPCS_SAFE(read(p[0], &c, 1)); /* a holds byte 0, b byte 1 */

	IPCS_SAFE(write(wa.go[1], "g", 1));
	IPCS_WAIT_IN(a, "fcntl"); /* a waits for byte 1 */
	IPCS_SAFE(write(wb.go[1], "g", 1));

	IPCS_EXPECT_BLOCKED_IN(b, "fcntl"); /* the cycle is closed, and b sleeps */
	IPCS_EXPECT_BLOCKED_IN(a, "fcntl");
	IPCS_SAFE(kill(b, SIGKILL)); /* breaks the cycle: a gets byte 1 */
	IPCS_EXPECT_CHILD_SIGNAL(b, SIGKILL);
	IPCS_EXPECT_CHILD_EXIT(a, 0);
}

IPCS_MAIN(both_waiters_sleep)
