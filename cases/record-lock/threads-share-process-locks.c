/*
 * Process-associated locks belong to the whole process: another thread of it
 * can lock bytes the first thread write-locked, through its own open() of the
 * file, without conflict, where another process cannot.
 *
 * Ref: fcntl(2) Advisory record locking ("The threads in a process share
 * locks. In other words, a multithreaded program can't use record locking to
 * ensure that threads don't simultaneously access the same region of a
 * file").
 */
#include <pthread.h>
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "threads of one process share record locks: no conflict between them",
          .ref = "fcntl(2) Advisory record locking", .tags = "fcntl,threads");

static char path[256];

struct result {
	int ret, err;
	struct flock got;
};

static void *other_thread(void *arg)
{
	struct result *r = arg;
	int fd = open(path, O_RDWR);
	if (fd < 0) {
		r->ret = -2;
		r->err = errno;
		return NULL;
	}
	r->got = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	fcntl(fd, F_GETLK, &r->got);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	errno = 0;
	r->ret = fcntl(fd, F_SETLK, &fl);
	r->err = errno;
	return NULL; /* fd stays open: closing it would drop the process's locks */
}

IPCS_TEST(second_thread_not_blocked)
{
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));

	struct result r = {0};
	pthread_t t;
	if ((errno = pthread_create(&t, NULL, other_thread, &r)) != 0)
		IPCS_BROKEN_ERRNO("pthread_create");
	pthread_join(t, NULL);
	if (r.ret == -2)
		IPCS_BROKEN("open in the thread failed (%s)", ipcs_errno_name(r.err));
	IPCS_EXPECT_EQ(r.got.l_type, F_UNLCK);
	IPCS_EXPECT_OK(r.ret == 0 ? 0 : (errno = r.err, -1)); /* the thread's F_SETLK */
	/* control: another process is blocked */
	IPCS_EXPECT_LOCK_CONFLICT(ipcs_setlk_in_child(path, F_WRLCK, 0, 1));
}

IPCS_MAIN(second_thread_not_blocked)
