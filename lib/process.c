/* process.c - ending a process (a test, or a child) with its verdict, and
 * children: fork, spawn, wait, reap, the exec'ed reader. Above report.c
 * (records) and timing.c; waiting for kernel states is in wait.c. */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define MAX_CHILDREN 256
static pid_t children[MAX_CHILDREN];
static int nchildren;

pid_t ipcs_fork(void)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		IPCS_BROKEN_ERRNO("fork");
	if (pid == 0) {
		ipcs_role_ = IPCS_ROLE_CHILD;
		nchildren = 0;
		return 0;
	}
	if (nchildren < MAX_CHILDREN)
		children[nchildren++] = pid;
	return pid;
}

_Noreturn void ipcs_child_exit(void)
{
	ipcs_reap_children();
	_exit(ipcs_failures() ? 1 : 0);
}

pid_t ipcs_spawn(void (*fn)(void *), void *arg)
{
	pid_t pid = ipcs_fork();
	if (pid == 0) {
		fn(arg);
		ipcs_child_exit();
	}
	return pid;
}

static void forget_child(pid_t pid)
{
	for (int i = 0; i < nchildren; i++)
		if (children[i] == pid)
			children[i] = children[--nchildren];
}

int ipcs_wait(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR)
			IPCS_BROKEN_ERRNO("waitpid(%ld)", (long)pid);
	}
	forget_child(pid);
	if (WIFEXITED(status) && WEXITSTATUS(status) == IPCS_CHILD_SKIPPED)
		IPCS_SKIP("child %ld skipped", (long)pid); /* the child's reason comes first */
	return status;
}

void ipcs_reap_children(void)
{
	/* Stop them all before any dies: a child woken by another's death (a
	 * lock or pipe it held goes away) must not run on and record a failure
	 * after the test has ended (seen under UML: a skip became a fail). */
	for (int i = 0; i < nchildren; i++)
		kill(children[i], SIGSTOP);
	for (int i = 0; i < nchildren; i++)
		kill(children[i], SIGKILL);
	for (int i = 0; i < nchildren; i++)
		while (waitpid(children[i], NULL, 0) < 0 && errno == EINTR)
			;
	nchildren = 0;
}

const char *ipcs_status_str(int status, char *buf, size_t size)
{
	if (WIFEXITED(status))
		snprintf(buf, size, "exited with %d", WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		snprintf(buf, size, "killed by %s%s", ipcs_signal_name(WTERMSIG(status)),
		         WCOREDUMP(status) ? " (core dumped)" : "");
	else
		snprintf(buf, size, "wait status 0x%x", (unsigned)status);
	return buf;
}

bool ipcs_expect_exit_(pid_t pid, int code, const char *file, int line)
{
	char expected[64], got[64];
	int status = ipcs_wait(pid);

	if (WIFEXITED(status) && WEXITSTATUS(status) == code)
		return true;
	snprintf(expected, sizeof expected, "exited with %d", code);
	ipcs_fail_at(file, line, expected, ipcs_status_str(status, got, sizeof got), 0,
	             "child %ld did not end as expected", (long)pid);
	return false;
}

bool ipcs_expect_signal_(pid_t pid, int sig, const char *file, int line)
{
	char expected[64], got[64];
	int status = ipcs_wait(pid);

	if (WIFSIGNALED(status) && WTERMSIG(status) == sig)
		return true;
	snprintf(expected, sizeof expected, "killed by %s", ipcs_signal_name(sig));
	ipcs_fail_at(file, line, expected, ipcs_status_str(status, got, sizeof got), 0,
	             "child %ld did not end as expected", (long)pid);
	return false;
}

void ipcs_exec_reader(int fd)
{
	if (fd != STDIN_FILENO) {
		if (dup2(fd, STDIN_FILENO) == -1)
			IPCS_BROKEN_ERRNO("dup2(%d, 0)", fd);
		close(fd);
	}
	char *argv[] = {(char *)ipcs_case_info.id, (char *)IPCS_READER_ARG, NULL};
	execv("/proc/self/exe", argv);
	IPCS_BROKEN_ERRNO("execv(/proc/self/exe %s)", IPCS_READER_ARG);
}

int ipcs_reader_main(void)
{
	char buf[256];
	for (;;) {
		ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
		if (n == 0)
			return 0;
		if (n < 0 && errno != EINTR)
			return 1;
	}
}

/* ------------------------------------------------------ ending verdicts */

_Noreturn void ipcs_end_process(void)
{
	if (ipcs_role_ == IPCS_ROLE_TEST) {
		ipcs_reap_children();
		/* Check records the test as failed; our records say why. */
		ck_abort_msg("ended early, see the ipcsuite records");
	}
	_exit(ipcs_role_ == IPCS_ROLE_CHILD ? 1 : 3);
}

_Noreturn void ipcs_broken_at(const char *file, int line, int err, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	ipcs_record_diag("BROKEN", file, line, msg, NULL, NULL, NULL, err);
	ipcs_end_process();
}

_Noreturn void ipcs_skip_at(const char *file, int line, const char *fmt, ...)
{
	char msg[1024], lineno[16];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	snprintf(lineno, sizeof lineno, "%d", line);
	const char *fields[] = {ipcs_source_name(file), lineno, msg};
	ipcs_record("SKIP", fields, 3);
	if (ipcs_role_ == IPCS_ROLE_MAIN) /* a requirement checked before any test */
		exit(4);
	if (ipcs_role_ == IPCS_ROLE_CHILD) {
		/* ipcs_wait() in the parent turns this status into a skip of the test. */
		ipcs_reap_children();
		_exit(IPCS_CHILD_SKIPPED);
	}
	/* The test process ends with its own mark, so that the case main can
	 * tell this skip from a crash or timeout after a child's SKIP record. */
	ipcs_reap_children();
	ck_abort_msg(IPCS_SKIP_MARK);
}

/* ---------------------------------------------------------------- signals */

static volatile sig_atomic_t counts[65];

static void count_signal(int sig)
{
	if (sig > 0 && sig < 65)
		counts[sig]++;
}

void ipcs_catch_signal(int sig, int sa_flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = count_signal;
	sa.sa_flags = sa_flags;
	sigemptyset(&sa.sa_mask);
	if (sigaction(sig, &sa, NULL) == -1)
		IPCS_BROKEN_ERRNO("sigaction(%s)", ipcs_signal_name(sig));
}

int ipcs_signal_count(int sig)
{
	return sig > 0 && sig < 65 ? counts[sig] : 0;
}

sigset_t ipcs_block_signal(int sig)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, sig);
	IPCS_SAFE(sigprocmask(SIG_BLOCK, &set, NULL));
	return set;
}

bool ipcs_signal_pending(int sig)
{
	sigset_t pend;
	IPCS_SAFE(sigpending(&pend));
	return sigismember(&pend, sig) == 1;
}

static int reports[2] = {-1, -1};

void ipcs_signal_reports_open(void)
{
	if (reports[0] == -1 && pipe(reports) == -1)
		IPCS_BROKEN_ERRNO("pipe (for signal reports)");
}

static void count_and_report(int sig)
{
	int saved = errno;
	count_signal(sig);
	(void)!write(reports[1], "h", 1);
	errno = saved;
}

void ipcs_catch_signal_reported(int sig, int sa_flags)
{
	if (reports[1] == -1)
		IPCS_BROKEN("ipcs_catch_signal_reported without ipcs_signal_reports_open first");
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = count_and_report;
	sa.sa_flags = sa_flags;
	sigemptyset(&sa.sa_mask);
	if (sigaction(sig, &sa, NULL) == -1)
		IPCS_BROKEN_ERRNO("sigaction(%s)", ipcs_signal_name(sig));
}

void ipcs_signal_and_await(pid_t pid, int sig)
{
	char c;
	ssize_t n;

	if (reports[0] == -1)
		IPCS_BROKEN("ipcs_signal_and_await without ipcs_signal_reports_open first");
	if (kill(pid, sig) == -1)
		IPCS_BROKEN_ERRNO("kill(%ld, %s)", (long)pid, ipcs_signal_name(sig));
	while ((n = read(reports[0], &c, 1)) == -1 && errno == EINTR)
		;
	if (n != 1)
		IPCS_BROKEN_ERRNO("waiting for the %s handler of %ld to run", ipcs_signal_name(sig),
		                  (long)pid);
}
