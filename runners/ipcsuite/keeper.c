/*
 * keeper.c - the process that runs one case and answers for it: the init of
 * the case's PID namespace, or (without one) a child subreaper. It forks and
 * execs the case, enforces the timeout, and once the case has exited kills
 * whatever it left running, checks for leaked IPC objects, applies the
 * case's cleanup records, and reports all of it to the runner on a pipe:
 *
 *   ERR <why>       the case could not be started
 *   EXIT <status>   the case's wait status
 *   TIMEOUT         the case was killed at its deadline
 *   LEAK <object>   an IPC object left behind
 *   NOTE <text>     processes killed, records applied
 *   CPU <ms>        CPU time of the case and everything it started
 *   REAPED          nothing the case started is left (all of it waited for)
 *   DONE            the report is complete
 *
 * After REAPED and DONE the keeper only exits: the runner need not wait for
 * that exit (tearing the namespaces down takes a while) to judge the case.
 *
 * The keeper never waits on output: the runner reads the case's pipes.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runner.h"

void report_line(int fd, const char *fmt, ...)
{
	char buf[2048];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof buf - 1, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n > sizeof buf - 2)
		n = sizeof buf - 2;
	for (int i = 0; i < n; i++)
		if (buf[i] == '\n')
			buf[i] = ' ';
	buf[n++] = '\n';
	write_all(fd, buf, (size_t)n); /* one write: lines never interleave */
}

/* Sleeps until a child changes state or the deadline passes. */
static void wait_chld(int64_t deadline)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	int64_t left = deadline - now_ms();
	if (left <= 0)
		return;
	struct timespec ts = {.tv_sec = left / 1000, .tv_nsec = (left % 1000) * 1000000};
	sigtimedwait(&set, NULL, &ts);
}

/* Everything in our PID namespace but us (we are its init). */
static size_t ns_processes(pid_t *out, size_t max)
{
	size_t n = 0;
	if (!proc_is_ours())
		return 0;
	DIR *d = opendir("/proc");
	if (!d)
		return 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < max) {
		if (e->d_name[0] < '1' || e->d_name[0] > '9')
			continue;
		pid_t p = (pid_t)atoi(e->d_name);
		if (p != 1)
			out[n++] = p;
	}
	closedir(d);
	return n;
}

static pid_t case_pgid; /* the case leads its own process group */

static void kill_everything(bool pid1)
{
	if (pid1) {
		kill(-1, SIGKILL); /* from init: every other process in the namespace */
		return;
	}
	/* the group first: it needs no /proc (which may show another namespace) */
	if (case_pgid > 1)
		kill(-case_pgid, SIGKILL);
	kill_tree(getpid(), false);
}

/* Kills what is left after the case exited; notes it unless quiet. True
 * when every process was reaped: as init of the PID namespace, or as a
 * subreaper, ECHILD means no descendant is left anywhere. */
static bool kill_leftovers(const struct keeper_args *a, bool quiet)
{
	enum { MAXP = 64 };
	pid_t pids[MAXP];
	size_t n = a->pid1 ? ns_processes(pids, MAXP) : proc_descendants(getpid(), pids, MAXP);
	if (n && !quiet) {
		struct sbuf b = {0};
		sb_printf(&b, "killed %zu process(es) the case left running:", n);
		for (size_t i = 0; i < n && i < 8; i++) {
			char comm[32];
			proc_comm(pids[i], comm, sizeof comm);
			sb_printf(&b, " %s[%d]", comm[0] ? comm : "?", (int)pids[i]);
		}
		char *clean = sanitize(b.s, b.len);
		report_line(a->rep_w, "NOTE %s", clean);
		free(clean);
		sb_free(&b);
	}
	if (n)
		kill_everything(a->pid1);
	/* reap all of it; SIGKILL'd processes go quickly, a D-state one may not */
	int64_t deadline = now_ms() + 5000;
	for (;;) {
		pid_t w = waitpid(-1, NULL, WNOHANG);
		if (w > 0)
			continue;
		if (w < 0 && errno == ECHILD)
			return true;
		if (now_ms() >= deadline) {
			report_line(a->rep_w, "NOTE some leftover processes could not be reaped");
			return false;
		}
		/* more may have appeared (forked before the kill): kill again */
		kill_everything(a->pid1);
		wait_chld(now_ms() + 100);
	}
}

/* The case is started like posix_spawn does it: the child borrows our memory
 * (CLONE_VM) until it execs, and we wait that long (CLONE_VFORK). No page
 * table copy and no copy-on-write faults, which cost milliseconds on a VM
 * with slow page faults. The child only makes system calls on its own
 * stack; dispositions, masks, descriptors and cwd are its own. */
static char exec_stack[64 * 1024] __attribute__((aligned(64)));

static int exec_case(void *arg)
{
	const struct keeper_args *a = arg;
	setpgid(0, 0); /* its own group, like Check's fork mode gives each test */
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	for (int s = 1; s < 32; s++)
		if (s != SIGKILL && s != SIGSTOP)
			signal(s, SIG_DFL); /* SIGPIPE above all: the runner ignores it */
	int null = open("/dev/null", O_RDONLY);
	if (null >= 0 && null != 0) {
		dup2(null, 0);
		close(null);
	}
	if (dup2(a->out_w, 1) < 0 || dup2(a->err_w, 2) < 0) {
		report_line(a->rep_w, "ERR dup2: %s", errno_name(errno));
		_exit(127);
	}
	if (a->out_w > 2)
		close(a->out_w);
	if (a->err_w > 2)
		close(a->err_w);
	if (a->cwd && chdir(a->cwd) < 0) {
		/* stay where we are: cases must not depend on the cwd */
	}
	char *argv[] = {(char *)a->path, NULL};
	execve(a->path, argv, a->envp);
	report_line(a->rep_w, "ERR cannot execute %s: %s", a->path, errno_name(errno));
	_exit(127);
}

void keeper_main(const struct keeper_args *a)
{
	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	signal(SIGPIPE, SIG_IGN);
	prctl(PR_SET_PDEATHSIG, SIGKILL); /* the runner died: so do we */
	if (!a->pid1)
		become_subreaper();

	struct snapshot before = {0}, after;
	if (!a->fresh) /* fresh namespaces hold nothing yet: no need to look */
		snap_take(&before, a->mqdir);

	pid_t c = clone(exec_case, exec_stack + sizeof exec_stack, CLONE_VM | CLONE_VFORK | SIGCHLD,
	                (void *)a);
	if (c < 0) {
		report_line(a->rep_w, "ERR fork: %s", errno_name(errno));
		report_line(a->rep_w, "DONE");
		_exit(0);
	}
	setpgid(c, c); /* as the child does: no race on which runs first */
	case_pgid = c;
	close(a->out_w);
	close(a->err_w);

	int status = 0;
	bool have = false, timed_out = false;
	int64_t deadline = now_ms() + (int64_t)(a->timeout_s * 1000);
	for (;;) {
		pid_t w;
		int st;
		while ((w = waitpid(-1, &st, WNOHANG)) > 0) {
			if (w == c) {
				status = st;
				have = true;
			}
		}
		if (have || (w < 0 && errno == ECHILD))
			break;
		if (now_ms() >= deadline) {
			if (timed_out) /* killed 5 s ago and still not gone */
				break;
			timed_out = true;
			kill_everything(a->pid1);
			deadline = now_ms() + 5000;
		}
		wait_chld(deadline);
	}
	if (have)
		report_line(a->rep_w, "EXIT %d", status);
	if (timed_out)
		report_line(a->rep_w, "TIMEOUT");
	bool reaped = kill_leftovers(a, timed_out);
	struct rusage ru;
	if (getrusage(RUSAGE_CHILDREN, &ru) == 0)
		report_line(a->rep_w, "CPU %lld",
		            (long long)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000 +
		                (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000);

	struct strlist leaks = {0}, notes = {0};
	snap_take(&after, a->mqdir);
	/* In a namespace, leaked objects go with it. On the host a diff cannot
	 * tell the case's objects from another program's, so only what the
	 * case's records name is removed (below); the rest is reported. */
	snap_diff(&before, &after, a->mqdir, false, &leaks);
	for (size_t i = 0; i < leaks.n; i++)
		report_line(a->rep_w, "LEAK %s", leaks.v[i]);
	if (a->records)
		records_cleanup(a->records, a->mqdir, false, &notes);
	for (size_t i = 0; i < notes.n; i++)
		report_line(a->rep_w, "NOTE %s", notes.v[i]);
	if (leaks.n && !a->iso->on) {
		/* what the records did not clean up stays: say which */
		struct snapshot final;
		struct strlist left = {0};
		snap_take(&final, a->mqdir);
		snap_diff(&before, &final, a->mqdir, false, &left);
		for (size_t i = 0; i < left.n; i++)
			report_line(a->rep_w,
			            "NOTE left in place (not in the case's cleanup "
			            "records): %s",
			            left.v[i]);
	}
	if (reaped)
		report_line(a->rep_w, "REAPED");
	report_line(a->rep_w, "DONE");
	_exit(0);
}
