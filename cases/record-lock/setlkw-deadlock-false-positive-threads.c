/*
 * Deadlock detection treats a process as one lock owner, so it can report a
 * deadlock that is none: while one thread of process A waits for process B's
 * lock, B's F_SETLKW for a lock A holds fails with EDEADLK, although another
 * thread of A remains free to release that lock.
 *
 * Ref: fcntl(2) BUGS, Deadlock detection ("can yield ... false positives
 * (EDEADLK errors when there is no deadlock) ... the kernel may falsely
 * indicate a deadlock when two or more processes created using the clone(2)
 * CLONE_FILES flag place locks that appear (to the kernel) to conflict");
 * threads share their file descriptor table (CLONE_FILES) and their locks.
 */
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "F_SETLKW reports EDEADLK against a process whose other thread could "
                      "still release the lock",
          .ref = "fcntl(2) BUGS Deadlock detection", .tags = "fcntl,deadlock,threads");

static char path[256];
static int fd;

struct waiter {
	int tid_pipe; /* the thread's tid goes here before it waits */
	int ret, err;
};

static void *waiting_thread(void *arg)
{
	struct waiter *w = arg;
	pid_t tid = (pid_t)syscall(SYS_gettid);
	if (write(w->tid_pipe, &tid, sizeof tid) != (ssize_t)sizeof tid) {
		w->ret = -2;
		return NULL;
	}
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 1, 1);
	errno = 0;
	w->ret = fcntl(fd, F_SETLKW, &fl); /* B's byte */
	w->err = errno;
	return NULL;
}

static void process_b(void *arg)
{
	int *p = arg; /* p[0]: test -> B, p[1]: B -> test */
	int bfd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 1, 1);
	IPCS_SAFE(fcntl(bfd, F_SETLK, &fl));
	IPCS_SAFE(write(p[1], "L", 1));
	char c;
	IPCS_SAFE(read(p[0], &c, 1));
	fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 1); /* A's byte */
	IPCS_EXPECT_ERRNO(fcntl(bfd, F_SETLKW, &fl), EDEADLK);
	/* exiting drops byte 1: A's waiting thread goes on */
}

IPCS_TEST(other_thread_could_release)
{
	fd = ipcs_lock_file(path, sizeof path, 10, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 1);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl)); /* A: byte 0 */

	int down[2], up[2], tids[2];
	IPCS_SAFE(pipe(down));
	IPCS_SAFE(pipe(up));
	IPCS_SAFE(pipe(tids));
	int ends[2] = {down[0], up[1]};
	pid_t b = ipcs_spawn(process_b, ends);
	char c;
	IPCS_SAFE(read(up[0], &c, 1));

	struct waiter w = {.tid_pipe = tids[1]};
	pthread_t t;
	if ((errno = pthread_create(&t, NULL, waiting_thread, &w)) != 0)
		IPCS_BROKEN_ERRNO("pthread_create");
	pid_t tid;
	IPCS_SAFE(read(tids[0], &tid, sizeof tid));
	IPCS_WAIT_IN(tid, "fcntl"); /* one thread of A waits for B */

	IPCS_SAFE(write(down[1], "g", 1)); /* B asks for byte 0: this thread could free it */
	IPCS_EXPECT_CHILD_EXIT(b, 0);
	pthread_join(t, NULL);
	if (w.ret == -2)
		IPCS_BROKEN("the thread could not report its tid");
	IPCS_EXPECT_OK(w.ret == 0 ? 0 : (errno = w.err, -1)); /* the thread's F_SETLKW */
}

IPCS_MAIN(other_thread_could_release)
