/*
 * A process blocked in F_SETLKW appears in /proc/locks as a "->" line: its
 * requested lock, with its pid, listed under the lock that blocks it
 * (kernel).
 *
 * Ref: proc(5) /proc/locks (the fields of each line; the page does not
 * describe the "->" lines); kernel fs/locks.c locks_show() and
 * lock_get_status() (blocked requests are printed after their blocker with
 * "-> " before the class).
 */
#include <unistd.h>

#include "ipcsuite_record_lock.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "a blocked F_SETLKW shows in /proc/locks as a '->' waiter line (kernel)",
          .ref = "proc(5) /proc/locks; kernel fs/locks.c lock_get_status()",
          .tags = "fcntl,proc,blocking");

static char path[256];
static int proc_pid_pipe[2];

static void waiter(void *arg)
{
	(void)arg;
	long me = ipcs_proc_self_pid();
	IPCS_SAFE(write(proc_pid_pipe[1], &me, sizeof me));
	int fd = ipcs_lock_open(path, O_RDWR);
	struct flock fl = ipcs_flock(F_RDLCK, SEEK_SET, 0, 5);
	IPCS_EXPECT_OK(fcntl(fd, F_SETLKW, &fl));
}

IPCS_TEST(waiter_line_while_blocked)
{
	int fd = ipcs_lock_file(path, sizeof path, 100, O_RDWR);
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 10);
	IPCS_ASSERT_OK(fcntl(fd, F_SETLK, &fl));
	IPCS_SAFE(pipe(proc_pid_pipe));
	pid_t pid = ipcs_spawn(waiter, NULL);
	long wpid;
	IPCS_SAFE(read(proc_pid_pipe[0], &wpid, sizeof wpid));
	IPCS_WAIT_IN(pid, "fcntl");

	struct ipcs_lock_line l[8];
	int n = ipcs_proc_locks(fd, l, 8);
	IPCS_ASSERT_EQ(n, 2);
	IPCS_EXPECT_TRUE(!l[0].waiter);
	IPCS_EXPECT_EQ(l[0].pid, ipcs_proc_self_pid());
	IPCS_EXPECT_TRUE(l[1].waiter);
	IPCS_EXPECT_STREQ(l[1].cls, "POSIX");
	IPCS_EXPECT_STREQ(l[1].type, "READ");
	IPCS_EXPECT_EQ(l[1].pid, wpid);
	IPCS_EXPECT_EQ(l[1].start, 0);
	IPCS_EXPECT_EQ(l[1].end, 4);

	fl = ipcs_flock(F_UNLCK, SEEK_SET, 0, 10);
	IPCS_SAFE(fcntl(fd, F_SETLK, &fl));
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(waiter_line_while_blocked)
