/* process.c - children: fork, spawn, wait, reap, the exec'ed reader.
 * Waiting for states the kernel shows is in wait.c. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
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
		IPCS_SAFE(dup2(fd, STDIN_FILENO));
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
