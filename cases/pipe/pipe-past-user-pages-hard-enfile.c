/*
 * Once the pipes of an unprivileged user would hold more than
 * pipe-user-pages-hard pages, pipe() fails with ENFILE; closing one of the
 * user's pipes makes room again.
 *
 * Ref: pipe(2) ERRORS ("ENFILE The user hard limit on memory that can be
 * allocated for pipes has been reached and the caller is not privileged; see
 * pipe(7)"); pipe(7) /proc files pipe-user-pages-hard ("So long as the total
 * number of pages allocated to pipe buffers for this user is at this limit,
 * attempts to create new pipes will be denied").
 *
 * The limit is global (not per namespace): the case runs only where it may
 * write it (root), sets it 512 pages above the soft limit so that only users
 * already past the soft limit are touched, holds a lock on the sysctl file
 * meanwhile, and puts 0 back; the library restores it on any other path.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "past pipe-user-pages-hard, pipe() fails with ENFILE for an unprivileged "
                      "user",
          .ref = "pipe(2) ERRORS ENFILE; pipe(7) /proc files pipe-user-pages-hard",
          .needs = IPCS_NEEDS_UNPRIV | IPCS_NEEDS_EXCLUSIVE, .tags = "pipe,limits,sysctl");

#define HARD_PATH "/proc/sys/fs/pipe-user-pages-hard"

static long soft, hard, page, def;

static void fresh_user(void *arg)
{
	(void)arg;
	long max = soft / (def / page) + 8;
	int *wends = calloc((size_t)max, sizeof *wends);
	long pages = 0;
	int p[2];

	if (!wends)
		IPCS_BROKEN("out of memory");
	/* the small pipes past the soft limit: up to 512 more of one page */
	ipcs_pipe_become_fresh_user(max + 512 + 64);
	/* up to the soft limit: every pipe this uid holds is in wends */
	int n = ipcs_pipe_until_small(wends, (int)max);
	for (int i = 0; i < n; i++)
		pages += ipcs_pipe_size(wends[i]) / page;
	long small = ipcs_pipe_size(wends[n - 1]) / page;
	if (small >= def / page)
		IPCS_BROKEN("no pipe of %d was created small: the soft limit was not reached", n);
	/* small pipes while they fit under the hard limit (negative control) */
	while (pages + small <= hard) {
		if (!IPCS_EXPECT_OK(pipe(p)))
			return;
		IPCS_SAFE(close(p[0]));
		pages += small;
	}
	IPCS_NOTE("%d pipes, then small ones up to %ld of %ld pages", n, pages, hard);
	IPCS_EXPECT_ERRNO(pipe(p), ENFILE);
	IPCS_EXPECT_ERRNO(pipe2(p, O_CLOEXEC), ENFILE);
	IPCS_SAFE(close(wends[n - 1])); /* frees one small pipe */
	IPCS_EXPECT_OK(pipe(p));
	free(wends);
}

IPCS_TEST(pipe_past_hard_limit_enfile)
{
	char value[32];
	int p[2];

	ipcs_require_cap(IPCS_CAP_SETUID);
	ipcs_require_cap(IPCS_CAP_SETGID);
	soft = ipcs_pipe_limit("pipe-user-pages-soft");
	if (soft < 0 || ipcs_pipe_limit("pipe-user-pages-hard") < 0)
		IPCS_SKIP("no /proc/sys/fs/pipe-user-pages-soft or -hard here: no per-user pipe "
		          "limits");
	if (soft == 0 || soft > 65536)
		IPCS_SKIP("pipe-user-pages-soft is %ld here: the hard limit would have to be set "
		          "where it touches every unprivileged user",
		          soft);
	/* one run at a time changes the limit (the lock goes with the process) */
	int lock = (int)IPCS_SAFE(open(HARD_PATH, O_RDONLY | O_CLOEXEC));
	IPCS_SAFE(flock(lock, LOCK_EX));
	if (ipcs_read_proc_long(HARD_PATH) != 0)
		IPCS_SKIP("pipe-user-pages-hard is already set here (%ld): not changing it",
		          ipcs_read_proc_long(HARD_PATH));
	hard = soft + 512;
	snprintf(value, sizeof value, "%ld", hard);
	ipcs_sysctl_set(HARD_PATH, value); /* skips when it is not writable here */

	ipcs_pipe(p);
	page = sysconf(_SC_PAGESIZE);
	def = ipcs_pipe_size(p[0]);
	pid_t pid = ipcs_spawn(fresh_user, NULL);
	siginfo_t info;
	/* wait for its end, leaving it to be reaped by the check below */
	while (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT) == -1)
		if (errno != EINTR)
			IPCS_BROKEN_ERRNO("waitid(%ld)", (long)pid);
	/* put the limit back while holding the lock */
	int fd = (int)IPCS_SAFE(open(HARD_PATH, O_WRONLY | O_CLOEXEC));
	IPCS_SAFE(write(fd, "0", 1));
	IPCS_SAFE(close(fd));
	ipcs_untrack(IPCS_OBJ_SYSCTL, -1, HARD_PATH);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
}

IPCS_MAIN(pipe_past_hard_limit_enfile)
