/* wait.c - waiting for states the kernel shows: a process asleep inside a
 * given system call, a counter reaching a value, a condition coming true.
 * Never a sleep standing in for synchronization. Each wait has a setup form
 * (absent state: broken) and a behavior form (absent state: fail). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

static void pause_1ms(void)
{
	struct timespec ts = {0, 1000000};
	nanosleep(&ts, NULL);
}

static int deadline_ms(int timeout_ms)
{
	return timeout_ms == IPCS_WAIT_MS ? ipcs_wait_deadline_ms() : timeout_ms;
}

/* The state never came: broken for setup, a failure for a behavior. */
static bool absent(enum ipcs_wait_kind kind, const char *file, int line, const char *expected,
                   const char *got, const char *msg)
{
	if (kind == IPCS_WAIT_SETUP)
		ipcs_broken_at(file, line, 0, "%s (expected %s, got %s)", msg, expected, got);
	ipcs_fail_at(file, line, expected, got, 0, "%s", msg);
	return false;
}

bool ipcs_poll_kind_(bool (*cond)(void *), void *arg, int timeout_ms, enum ipcs_wait_kind kind,
                     const char *what, const char *file, int line)
{
	char msg[256];
	timeout_ms = deadline_ms(timeout_ms);
	int64_t start = ipcs_now_ns();
	while (!cond(arg)) {
		if (ipcs_ms_since(start) > timeout_ms) {
			snprintf(msg, sizeof msg, "waited %d ms for %s; it never happened",
			         timeout_ms, what);
			return absent(kind, file, line, what, "never", msg);
		}
		pause_1ms();
	}
	return true;
}

void ipcs_poll_(bool (*cond)(void *), void *arg, int timeout_ms, const char *what, const char *file,
                int line)
{
	ipcs_poll_kind_(cond, arg, timeout_ms, IPCS_WAIT_SETUP, what, file, line);
}

/* ------------------------------------------------------------- counters */

bool ipcs_sem_count_(int semid, int semnum, int cmd, int n, enum ipcs_wait_kind kind,
                     const char *file, int line)
{
	const char *name = cmd == GETNCNT ? "GETNCNT" : "GETZCNT";
	int timeout_ms = ipcs_wait_deadline_ms();
	int64_t start = ipcs_now_ns();
	int got;
	char expected[64], gots[64], msg[128];

	while ((got = semctl(semid, semnum, cmd)) != n) {
		if (got == -1)
			ipcs_broken_at(file, line, errno, "semctl(%d, %d, %s)", semid, semnum,
			               name);
		if (ipcs_ms_since(start) > timeout_ms) {
			snprintf(expected, sizeof expected, "%s of semaphore %d = %d", name, semnum,
			         n);
			snprintf(gots, sizeof gots, "%d after %d ms", got, timeout_ms);
			snprintf(msg, sizeof msg, "%s of semaphore %d never reached %d", name,
			         semnum, n);
			return absent(kind, file, line, expected, gots, msg);
		}
		pause_1ms();
	}
	return true;
}

bool ipcs_msg_qnum_(int msqid, unsigned long n, enum ipcs_wait_kind kind, const char *file,
                    int line)
{
	int timeout_ms = ipcs_wait_deadline_ms();
	int64_t start = ipcs_now_ns();
	struct msqid_ds ds;
	char expected[64], got[64];

	for (;;) {
		if (msgctl(msqid, IPC_STAT, &ds) == -1)
			ipcs_broken_at(file, line, errno, "msgctl(%d, IPC_STAT)", msqid);
		if (ds.msg_qnum == (msgqnum_t)n)
			return true;
		if (ipcs_ms_since(start) > timeout_ms) {
			snprintf(expected, sizeof expected, "msg_qnum = %lu", n);
			snprintf(got, sizeof got, "%lu after %d ms", (unsigned long)ds.msg_qnum,
			         timeout_ms);
			return absent(kind, file, line, expected, got, "msg_qnum never reached it");
		}
		pause_1ms();
	}
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
 * no ptrace access). IPCSUITE_NO_PROC_SYSCALL=1 makes it unreadable, so
 * that the self-tests can prove what the lib does then. */
static long proc_syscall(pid_t pid)
{
	char path[64], buf[256];
	const char *off = getenv("IPCSUITE_NO_PROC_SYSCALL");
	if (off && strcmp(off, "1") == 0)
		return -2;
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

#define MAX_NRS 6

struct call_nrs {
	const char *call;
	long nrs[MAX_NRS + 1]; /* ends with -1 */
};

/* libcs implement one call with another on some architectures (semop with
 * semtimedop, every SysV call with ipc() on some 32-bit ones, open with
 * openat): each name lists every system call that may carry it. */
static const struct call_nrs calls[] = {
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
    {"read", {SYS_read, SYS_readv, SYS_pread64, -1}},
    {"write", {SYS_write, SYS_writev, SYS_pwrite64, -1}},
    {"mq_send",
     {SYS_mq_timedsend,
#ifdef SYS_mq_timedsend_time64
      SYS_mq_timedsend_time64,
#endif
      -1}},
    {"mq_receive",
     {SYS_mq_timedreceive,
#ifdef SYS_mq_timedreceive_time64
      SYS_mq_timedreceive_time64,
#endif
      -1}},
    {"futex",
     {SYS_futex,
#ifdef SYS_futex_time64
      SYS_futex_time64,
#endif
      -1}},
    {"wait", {SYS_wait4, SYS_waitid, -1}},
    {"open",
     {
#ifdef SYS_open
         SYS_open,
#endif
         SYS_openat,
#ifdef SYS_openat2
         SYS_openat2,
#endif
         -1}},
    {"fcntl",
     {SYS_fcntl,
#ifdef SYS_fcntl64
      SYS_fcntl64,
#endif
      -1}},
    {"flock", {SYS_flock, -1}},
    {"connect", {SYS_connect, -1}},
    {"accept",
     {
#ifdef SYS_accept
         SYS_accept,
#endif
         SYS_accept4, -1}},
    {"recv",
     {SYS_recvfrom, SYS_recvmsg,
#ifdef SYS_recvmmsg
      SYS_recvmmsg,
#endif
      SYS_read, -1}},
    {"send", {SYS_sendto, SYS_sendmsg, SYS_write, -1}},
    {"poll",
     {
#ifdef SYS_poll
         SYS_poll,
#endif
         SYS_ppoll,
#ifdef SYS_select
         SYS_select,
#endif
         SYS_pselect6, SYS_epoll_pwait, -1}},
    {"nanosleep", {SYS_nanosleep, SYS_clock_nanosleep, -1}},
    {"splice", {SYS_splice, SYS_tee, SYS_vmsplice, -1}},
};

static const long *call_nrs(const char *call)
{
	for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++)
		if (strcmp(calls[i].call, call) == 0)
			return calls[i].nrs;
	return NULL;
}

static bool nr_in(long nr, const long *nrs)
{
	for (; *nrs != -1; nrs++)
		if (*nrs == nr)
			return true;
	return false;
}

bool ipcs_blocked_in_(pid_t pid, const char *call, enum ipcs_wait_kind kind, const char *file,
                      int line)
{
	const long *nrs = call_nrs(call);
	int timeout_ms = ipcs_wait_deadline_ms();
	int64_t start = ipcs_now_ns();
	char expected[64], got[96], msg[160];
	long last_nr = -1;
	char st;

	if (!nrs)
		ipcs_broken_at(file, line, 0, "ipcs_blocked_in_: unknown call '%s'", call);
	snprintf(expected, sizeof expected, "process asleep in %s", call);
	for (;;) {
		st = proc_state(pid);
		if (st == 0 || st == 'Z' || st == 'X') {
			snprintf(msg, sizeof msg, "process %ld ended before it blocked in %s",
			         (long)pid, call);
			return absent(kind, file, line, expected, "process ended", msg);
		}
		if (st == 'S') {
			long nr = proc_syscall(pid);
			if (nr == -2)
				ipcs_skip_at(file, line,
				             "cannot prove that a process is blocked in %s: "
				             "/proc/%ld/syscall is unreadable here",
				             call, (long)pid);
			if (nr >= 0 && nr_in(nr, nrs))
				return true;
			last_nr = nr;
		}
		if (ipcs_ms_since(start) > timeout_ms)
			break;
		pause_1ms();
	}
	if (st == 'S' && last_nr >= 0)
		snprintf(got, sizeof got, "asleep in system call %ld", last_nr);
	else
		snprintf(got, sizeof got, "state %c", st);
	snprintf(msg, sizeof msg, "waited %d ms for process %ld to block in %s", timeout_ms,
	         (long)pid, call);
	return absent(kind, file, line, expected, got, msg);
}

void ipcs_wait_in_(pid_t pid, const char *call, const char *file, int line)
{
	ipcs_blocked_in_(pid, call, IPCS_WAIT_SETUP, file, line);
}

/* ------------------------------------------------------------ the clock */

static bool realtime_after(void *p)
{
	return ipcs_realtime_s() > *(long long *)p;
}

void ipcs_wait_realtime_after_(long long t, const char *file, int line)
{
	ipcs_poll_(realtime_after, &t, 3000, "the real-time clock to pass the next second", file,
	           line);
}

struct timespec ipcs_deadline_ms(clockid_t clock, long ms)
{
	struct timespec ts;
	if (clock_gettime(clock, &ts) == -1)
		IPCS_BROKEN_ERRNO("clock_gettime");
	ts.tv_sec += ms / 1000;
	ts.tv_nsec += (ms % 1000) * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	} else if (ts.tv_nsec < 0) {
		ts.tv_sec--;
		ts.tv_nsec += 1000000000L;
	}
	return ts;
}

bool ipcs_deadline_reached_(clockid_t clock, const struct timespec *deadline, const char *file,
                            int line)
{
	struct timespec now;
	if (clock_gettime(clock, &now) == -1)
		ipcs_broken_at(file, line, errno, "clock_gettime");
	if (now.tv_sec > deadline->tv_sec ||
	    (now.tv_sec == deadline->tv_sec && now.tv_nsec >= deadline->tv_nsec))
		return true;
	char want[64], got[64];
	snprintf(want, sizeof want, "at or after %lld.%09ld", (long long)deadline->tv_sec,
	         deadline->tv_nsec);
	snprintf(got, sizeof got, "%lld.%09ld", (long long)now.tv_sec, now.tv_nsec);
	ipcs_fail_at(file, line, want, got, 0, "returned before its deadline");
	return false;
}
