/* process.c - children, and waiting for states the kernel shows: a process
 * asleep inside a given system call, a counter reaching a value. Never a
 * sleep standing in for synchronization. */
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

/* ---------------------------------------------------------------- waiting */

static void pause_1ms(void)
{
	struct timespec ts = {0, 1000000};
	nanosleep(&ts, NULL);
}

void ipcs_poll_(bool (*cond)(void *), void *arg, int timeout_ms, const char *what, const char *file,
                int line)
{
	if (timeout_ms == IPCS_WAIT_MS)
		timeout_ms = ipcs_wait_deadline_ms();
	int64_t start = ipcs_now_ns();
	while (!cond(arg)) {
		if (ipcs_ms_since(start) > timeout_ms)
			ipcs_broken_at(file, line, 0, "waited %d ms for %s; it never happened",
			               timeout_ms, what);
		pause_1ms();
	}
}

struct counter_wait {
	int id, num, cmd, want;
	const char *file;
	int line;
};

static bool sem_count_is(void *p)
{
	struct counter_wait *w = p;
	int v = semctl(w->id, w->num, w->cmd);
	if (v == -1)
		ipcs_broken_at(w->file, w->line, errno, "semctl(%d, %d, %s)", w->id, w->num,
		               w->cmd == GETNCNT ? "GETNCNT" : "GETZCNT");
	return v == w->want;
}

void ipcs_wait_semncnt_(int semid, int semnum, int n, const char *file, int line)
{
	struct counter_wait w = {semid, semnum, GETNCNT, n, file, line};
	char what[96];
	snprintf(what, sizeof what, "semncnt of semaphore %d to be %d", semnum, n);
	ipcs_poll_(sem_count_is, &w, IPCS_WAIT_MS, what, file, line);
}

void ipcs_wait_semzcnt_(int semid, int semnum, int n, const char *file, int line)
{
	struct counter_wait w = {semid, semnum, GETZCNT, n, file, line};
	char what[96];
	snprintf(what, sizeof what, "semzcnt of semaphore %d to be %d", semnum, n);
	ipcs_poll_(sem_count_is, &w, IPCS_WAIT_MS, what, file, line);
}

static bool qnum_is(void *p)
{
	struct counter_wait *w = p;
	struct msqid_ds ds;
	if (msgctl(w->id, IPC_STAT, &ds) == -1)
		ipcs_broken_at(w->file, w->line, errno, "msgctl(%d, IPC_STAT)", w->id);
	return ds.msg_qnum == (msgqnum_t)w->want;
}

void ipcs_wait_msg_qnum_(int msqid, unsigned long n, const char *file, int line)
{
	struct counter_wait w = {msqid, 0, 0, (int)n, file, line};
	char what[96];
	snprintf(what, sizeof what, "msg_qnum to be %lu", n);
	ipcs_poll_(qnum_is, &w, IPCS_WAIT_MS, what, file, line);
}

/* -------------------------------------------------- blocked in a syscall */

/* State letter from /proc/<pid>/stat, or 0 if the process is gone. */
static char proc_state(pid_t pid)
{
	char path[64], buf[512];
	snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	/* The command name may hold spaces and parentheses: the state
	 * follows the last ')'. */
	char *p = strrchr(buf, ')');
	return p && p[1] == ' ' ? p[2] : 0;
}

/* System call number from /proc/<pid>/syscall: >= 0 blocked in it, -1 not
 * in a call or running, -2 unreadable (no CONFIG_HAVE_ARCH_TRACEHOOK, or
 * no ptrace access). */
static long proc_syscall(pid_t pid)
{
	char path[64], buf[256];
	snprintf(path, sizeof path, "/proc/%ld/syscall", (long)pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -2;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return -2;
	buf[n] = '\0';
	if (strncmp(buf, "running", 7) == 0)
		return -1;
	return strtol(buf, NULL, 10);
}

void ipcs_wait_blocked_(pid_t pid, const long *nrs, size_t n, int timeout_ms, const char *what,
                        const char *file, int line)
{
	int64_t start = ipcs_now_ns();
	int steady = 0;
	bool fallback_noted = false;

	if (timeout_ms == IPCS_WAIT_MS)
		timeout_ms = ipcs_wait_deadline_ms();
	for (;;) {
		char st = proc_state(pid);
		if (st == 0 || st == 'Z' || st == 'X')
			ipcs_broken_at(file, line, 0, "process %ld ended before it blocked in %s",
			               (long)pid, what);
		if (st == 'S') {
			long nr = proc_syscall(pid);
			if (nr >= 0) {
				for (size_t i = 0; i < n; i++)
					if (nrs[i] == nr)
						return;
			} else if (nr == -2) {
				/* No syscall file: asleep for 20 consecutive polls
				 * (>= 20 ms) is the bounded fallback. */
				if (!fallback_noted) {
					ipcs_note("/proc/%ld/syscall unreadable; waiting for a "
					          "steady sleep instead",
					          (long)pid);
					fallback_noted = true;
				}
				if (++steady >= 20)
					return;
			}
		} else {
			steady = 0;
		}
		if (ipcs_ms_since(start) > timeout_ms)
			ipcs_broken_at(file, line, 0, "waited %d ms for process %ld to block in %s",
			               timeout_ms, (long)pid, what);
		pause_1ms();
	}
}

void ipcs_wait_in_(pid_t pid, const char *call, const char *file, int line)
{
	static const struct {
		const char *call;
		long nrs[4];
	} table[] = {
	    /* libcs implement semop() with semtimedop on some architectures,
	     * and everything with ipc() on some 32-bit ones. */
	    {"semop",
	     {
#ifdef SYS_semop
	         SYS_semop,
#endif
#ifdef SYS_semtimedop
	         SYS_semtimedop,
#endif
#ifdef SYS_ipc
	         SYS_ipc,
#endif
	         -1}},
	    {"msgsnd",
	     {
#ifdef SYS_msgsnd
	         SYS_msgsnd,
#endif
#ifdef SYS_ipc
	         SYS_ipc,
#endif
	         -1}},
	    {"msgrcv",
	     {
#ifdef SYS_msgrcv
	         SYS_msgrcv,
#endif
#ifdef SYS_ipc
	         SYS_ipc,
#endif
	         -1}},
	    {"pause",
	     {
#ifdef SYS_pause
	         SYS_pause,
#endif
	         SYS_rt_sigsuspend, -1}},
	    {"read", {SYS_read, SYS_readv, -1}},
	    {"write", {SYS_write, SYS_writev, -1}},
	    {"mq_send", {SYS_mq_timedsend, -1}},
	    {"mq_receive", {SYS_mq_timedreceive, -1}},
	    {"futex", {SYS_futex, -1}},
	    {"wait", {SYS_wait4, SYS_waitid, -1}},
	};
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
		if (strcmp(table[i].call, call) != 0)
			continue;
		size_t n = 0;
		while (n < 4 && table[i].nrs[n] != -1)
			n++;
		ipcs_wait_blocked_(pid, table[i].nrs, n, IPCS_WAIT_MS, call, file, line);
		return;
	}
	ipcs_broken_at(file, line, 0, "ipcs_wait_in_: unknown call '%s'", call);
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
