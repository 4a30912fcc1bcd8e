/*
 * ipcsuite.h - what a case is written against.
 *
 * A case is one C file, one documented behavior. It declares its metadata
 * with IPCS_CASE(), defines one or more tests with IPCS_TEST(), and ends with
 * IPCS_MAIN(test, ...). Each test runs in its own forked process under Check,
 * with a timeout; results are printed as TAP 13 by this library.
 *
 * Four outcomes: pass, fail (the behavior is wrong), skip (cannot be tested
 * here, with a reason) and broken (setting up failed: never a pass, never a
 * failure of the behavior). See docs/case-protocol.md.
 */
#ifndef IPCSUITE_H
#define IPCSUITE_H

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/types.h>
#include <time.h>

#include "ipcsuite_config.h"

/* ---------------------------------------------------------------- metadata */

/* Requirement flags for ipcs_case_info.needs. */
enum {
	/* An identity without privilege: the case either already runs without
	 * CAP_IPC_OWNER/CAP_DAC_OVERRIDE, or can switch to one (CAP_SETUID). */
	IPCS_NEEDS_UNPRIV = 1u << 0,
	/* Two distinct unprivileged identities (owner versus other). */
	IPCS_NEEDS_TWO_USERS = 1u << 1,
	/* Exclusive use of system-wide state (limits, sysctls): when the
	 * runner cannot give the case a private IPC namespace, it runs alone. */
	IPCS_NEEDS_EXCLUSIVE = 1u << 2,
	/* A private IPC namespace (the case changes namespaced sysctls). */
	IPCS_NEEDS_PRIVATE_IPC_NS = 1u << 3,
};

/* Capability numbers (capabilities(7)); our own names, since
 * <linux/capability.h> is not on every musl setup. */
enum {
	IPCS_CAP_CHOWN = 0,
	IPCS_CAP_DAC_OVERRIDE = 1,
	IPCS_CAP_FOWNER = 3,
	IPCS_CAP_KILL = 5,
	IPCS_CAP_SETGID = 6,
	IPCS_CAP_SETUID = 7,
	IPCS_CAP_IPC_LOCK = 14,
	IPCS_CAP_IPC_OWNER = 15,
	IPCS_CAP_SYS_PTRACE = 19,
	IPCS_CAP_SYS_ADMIN = 21,
	IPCS_CAP_SYS_RESOURCE = 24,
};

/* Who documents the behavior (ipcs_case_info.level). Required: a user
 * validating gVisor, another kernel or a libc must tell "breaks POSIX" from
 * "differs from Linux where no page promises anything". */
enum ipcs_level {
	IPCS_LEVEL_UNSET = 0,
	IPCS_LEVEL_POSIX,  /* POSIX.1-2017 requires it (cite XSH/XBD) */
	IPCS_LEVEL_LINUX,  /* the Linux man pages document it (cite page and section) */
	IPCS_LEVEL_KERNEL, /* Linux does it and no page says so (cite the kernel source) */
};

/* Bit for capability number c in ipcs_case_info.caps. */
#define IPCS_CAP(c) (UINT64_C(1) << (c))

struct ipcs_case_info {
	const char *id;         /* "<facility>/<behavior>": set by the build, not by hand */
	const char *behavior;   /* one sentence: what the documentation promises */
	const char *ref;        /* where: "semop(2) DESCRIPTION", "POSIX msgrcv" */
	enum ipcs_level level;  /* IPCS_LEVEL_POSIX, _LINUX or _KERNEL: required */
	unsigned needs;         /* IPCS_NEEDS_* */
	uint64_t caps;          /* IPCS_CAP(CAP_x) | ...: effective caps needed */
	const char *features;   /* comma list of build features, see ipcs_feature_present() */
	const char *min_kernel; /* "5.1": skip on older kernels */
	const char *tags;       /* comma list */
	int timeout;            /* seconds per test; 0 means the default (5) */
};

#ifndef IPCS_CASE_ID
#define IPCS_CASE_ID "unknown/unknown"
#endif
#define IPCS_CASE(...)                                                                             \
	const struct ipcs_case_info ipcs_case_info = {.id = IPCS_CASE_ID, __VA_ARGS__}
extern const struct ipcs_case_info ipcs_case_info;

/* ------------------------------------------------------------------- tests */

struct ipcs_test {
	const char *name;
	void (*fn)(void);
};

#define IPCS_TEST(name) static void ipcs_test_##name(void)
#define IPCS_T_(name)   {#name, ipcs_test_##name},
#define IPCS_MAIN(...)                                                                             \
	int main(int argc, char **argv)                                                            \
	{                                                                                          \
		static const struct ipcs_test tests_[] = {IPCS_FOREACH_(IPCS_T_, __VA_ARGS__)};    \
		return ipcs_case_main(argc, argv, tests_, sizeof tests_ / sizeof tests_[0]);       \
	}
int ipcs_case_main(int argc, char **argv, const struct ipcs_test *tests, size_t n);

/* IPCS_FOREACH_(m, a, b, ...) expands to m(a) m(b) ..., up to 16 tests. */
#define IPCS_NARG_(...)                                                                            \
	IPCS_NARG_N_(__VA_ARGS__, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define IPCS_NARG_N_(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, N,     \
                     ...)                                                                          \
	N
#define IPCS_CAT_(a, b)       IPCS_CAT2_(a, b)
#define IPCS_CAT2_(a, b)      a##b
#define IPCS_FOREACH_(m, ...) IPCS_CAT_(IPCS_FE_, IPCS_NARG_(__VA_ARGS__))(m, __VA_ARGS__)
#define IPCS_FE_1(m, a)       m(a)
#define IPCS_FE_2(m, a, ...)  m(a) IPCS_FE_1(m, __VA_ARGS__)
#define IPCS_FE_3(m, a, ...)  m(a) IPCS_FE_2(m, __VA_ARGS__)
#define IPCS_FE_4(m, a, ...)  m(a) IPCS_FE_3(m, __VA_ARGS__)
#define IPCS_FE_5(m, a, ...)  m(a) IPCS_FE_4(m, __VA_ARGS__)
#define IPCS_FE_6(m, a, ...)  m(a) IPCS_FE_5(m, __VA_ARGS__)
#define IPCS_FE_7(m, a, ...)  m(a) IPCS_FE_6(m, __VA_ARGS__)
#define IPCS_FE_8(m, a, ...)  m(a) IPCS_FE_7(m, __VA_ARGS__)
#define IPCS_FE_9(m, a, ...)  m(a) IPCS_FE_8(m, __VA_ARGS__)
#define IPCS_FE_10(m, a, ...) m(a) IPCS_FE_9(m, __VA_ARGS__)
#define IPCS_FE_11(m, a, ...) m(a) IPCS_FE_10(m, __VA_ARGS__)
#define IPCS_FE_12(m, a, ...) m(a) IPCS_FE_11(m, __VA_ARGS__)
#define IPCS_FE_13(m, a, ...) m(a) IPCS_FE_12(m, __VA_ARGS__)
#define IPCS_FE_14(m, a, ...) m(a) IPCS_FE_13(m, __VA_ARGS__)
#define IPCS_FE_15(m, a, ...) m(a) IPCS_FE_14(m, __VA_ARGS__)
#define IPCS_FE_16(m, a, ...) m(a) IPCS_FE_15(m, __VA_ARGS__)

/* ---------------------------------------------------------------- verdicts */

/* Diagnostics are printf-style. "Ending" calls end the calling process: in
 * the test process the test ends; in a child made with ipcs_fork() the child
 * exits. Everything is recorded so that the test's verdict sees it. */
void ipcs_fail_at(const char *file, int line, const char *expected, const char *got, int err,
                  const char *fmt, ...) __attribute__((format(printf, 6, 7)));
_Noreturn void ipcs_broken_at(const char *file, int line, int err, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
_Noreturn void ipcs_skip_at(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
_Noreturn void ipcs_end_process(void); /* ends the test/child after a failure */
void ipcs_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int ipcs_failures(void); /* failures recorded by this process so far */

#define IPCS_FAIL(...)         ipcs_fail_at(__FILE__, __LINE__, NULL, NULL, 0, __VA_ARGS__)
#define IPCS_BROKEN(...)       ipcs_broken_at(__FILE__, __LINE__, 0, __VA_ARGS__)
#define IPCS_BROKEN_ERRNO(...) ipcs_broken_at(__FILE__, __LINE__, errno, __VA_ARGS__)
#define IPCS_SKIP(...)         ipcs_skip_at(__FILE__, __LINE__, __VA_ARGS__)
#define IPCS_NOTE(...)         ipcs_note(__VA_ARGS__)

/* Setup: evaluate a call; -1 (or MAP_FAILED / (void*)-1) ends the test as
 * broken, naming the expression and errno. Yields the call's value. */
#define IPCS_SAFE(expr) IPCS_CALL_(expr, ipcs_safe_(ipcs_r_, ipcs_e_, __FILE__, __LINE__, #expr))
long ipcs_safe_(long ret, int err, const char *file, int line, const char *expr);

/* Behavior checks. EXPECT records a failure and goes on; ASSERT ends the
 * process (test or child) on failure. Values are compared as long long. */
bool ipcs_check_errno_(long ret, int err, int want, const char *file, int line, const char *expr,
                       bool fatal);
bool ipcs_check_ok_(long ret, int err, const char *file, int line, const char *expr, bool fatal);
bool ipcs_check_cmp_(long long a, long long b, const char *op, const char *file, int line,
                     const char *ea, const char *eb, bool fatal);
bool ipcs_check_true_(bool c, const char *file, int line, const char *expr, bool fatal);
bool ipcs_check_mem_(const void *a, const void *b, size_t n, const char *file, int line,
                     const char *ea, const char *eb, bool fatal);
bool ipcs_check_str_(const char *a, const char *b, const char *file, int line, const char *ea,
                     const char *eb, bool fatal);

/* Evaluates expr once, then captures errno right after it (the comma
 * operator orders this; function arguments would not), then runs check.
 * The checks read errno only when the call returned -1. */
extern long ipcs_r_;
extern int ipcs_e_;
#define IPCS_CALL_(expr, check)                                                                    \
	(errno = 0, ipcs_r_ = (long)(intptr_t)(expr), ipcs_e_ = errno, (check))
#define IPCS_EXPECT_ERRNO(expr, want)                                                              \
	IPCS_CALL_(expr,                                                                           \
	           ipcs_check_errno_(ipcs_r_, ipcs_e_, want, __FILE__, __LINE__, #expr, false))
#define IPCS_ASSERT_ERRNO(expr, want)                                                              \
	IPCS_CALL_(expr, ipcs_check_errno_(ipcs_r_, ipcs_e_, want, __FILE__, __LINE__, #expr, true))
#define IPCS_EXPECT_OK(expr)                                                                       \
	IPCS_CALL_(expr, ipcs_check_ok_(ipcs_r_, ipcs_e_, __FILE__, __LINE__, #expr, false))
#define IPCS_ASSERT_OK(expr)                                                                       \
	IPCS_CALL_(expr, ipcs_check_ok_(ipcs_r_, ipcs_e_, __FILE__, __LINE__, #expr, true))

/* Stringified here, at the outermost macro, so GETZCNT stays GETZCNT. */
#define IPCS_CMP_(a, op, b, sa, sb, fatal)                                                         \
	ipcs_check_cmp_((long long)(a), (long long)(b), #op, __FILE__, __LINE__, sa, sb, fatal)
#define IPCS_EXPECT_EQ(a, b)       IPCS_CMP_(a, ==, b, #a, #b, false)
#define IPCS_EXPECT_NE(a, b)       IPCS_CMP_(a, !=, b, #a, #b, false)
#define IPCS_EXPECT_LT(a, b)       IPCS_CMP_(a, <, b, #a, #b, false)
#define IPCS_EXPECT_LE(a, b)       IPCS_CMP_(a, <=, b, #a, #b, false)
#define IPCS_EXPECT_GT(a, b)       IPCS_CMP_(a, >, b, #a, #b, false)
#define IPCS_EXPECT_GE(a, b)       IPCS_CMP_(a, >=, b, #a, #b, false)
#define IPCS_ASSERT_EQ(a, b)       IPCS_CMP_(a, ==, b, #a, #b, true)
#define IPCS_ASSERT_NE(a, b)       IPCS_CMP_(a, !=, b, #a, #b, true)
#define IPCS_ASSERT_GE(a, b)       IPCS_CMP_(a, >=, b, #a, #b, true)
#define IPCS_ASSERT_LE(a, b)       IPCS_CMP_(a, <=, b, #a, #b, true)
#define IPCS_EXPECT_TRUE(c)        ipcs_check_true_((c), __FILE__, __LINE__, #c, false)
#define IPCS_ASSERT_TRUE(c)        ipcs_check_true_((c), __FILE__, __LINE__, #c, true)
#define IPCS_EXPECT_MEMEQ(a, b, n) ipcs_check_mem_(a, b, n, __FILE__, __LINE__, #a, #b, false)
#define IPCS_EXPECT_STREQ(a, b)    ipcs_check_str_(a, b, __FILE__, __LINE__, #a, #b, false)

/* Skip when a call says the kernel lacks the feature (ENOSYS, or EINVAL for
 * an unknown flag): pass the call's return and errno. */
long ipcs_skip_if_errno_(long ret, int err, int which, const char *file, int line,
                         const char *what); /* yields ret */
#define IPCS_SKIP_IF_ERRNO(expr, which, what)                                                      \
	IPCS_CALL_(expr, ipcs_skip_if_errno_(ipcs_r_, ipcs_e_, which, __FILE__, __LINE__, what))

/* ----------------------------------------------------------- requirements */

bool ipcs_have_cap(int cap);     /* in the effective set */
bool ipcs_is_unprivileged(void); /* euid != 0 and no CAP_IPC_OWNER, CAP_DAC_OVERRIDE */
bool ipcs_kernel_at_least(int major, int minor);
bool ipcs_feature_present(const char *name); /* built with it */
void ipcs_require_cap(int cap);              /* skip unless present */

/* ------------------------------------------------------------- identities */

/* Switch the calling process (normally a child) to unprivileged identity
 * 0 or 1: supplementary groups dropped, real/effective/saved uid and gid set,
 * every capability gone (verified). If the case started unprivileged,
 * identity 0 is the identity it started with. Skips with the reason when
 * impossible. */
void ipcs_become_user(int which);
/* Switch the calling process (a child) to exactly these ids: real,
 * effective and saved uid and gid, and the given supplementary groups;
 * every capability gone (verified). For identities ipcs_become_user()
 * does not make (another group, extra groups). Skips without
 * CAP_SETUID/CAP_SETGID or when an id is unmapped here. */
void ipcs_become_ids(uid_t uid, gid_t gid, const gid_t *groups, int ngroups);
uid_t ipcs_user_uid(int which); /* the uid ipcs_become_user(which) gives */
/* Skip unless uid and gid are mapped in this user namespace: giving an object
 * to an unmapped id fails with EINVAL (an unprivileged runner maps only its
 * own ids). */
void ipcs_require_mapped(uid_t uid, gid_t gid);
gid_t ipcs_user_gid(int which);

/* ------------------------------------------------------------ namespaces */

/* unshare(CLONE_NEWUSER | flags), then deny setgroups and map this process's
 * uid and gid to themselves there (to 0 with as_root: root of the new user
 * namespace, which owns any namespace made with it). -1 with errno when
 * unshare fails; broken when the maps cannot be written. */
int ipcs_unshare_user_ns(int flags, bool as_root);
/* New namespaces (CLONE_NEWNS, CLONE_NEWIPC) for the calling process:
 * unshare(flags) with CAP_SYS_ADMIN, else through ipcs_unshare_user_ns().
 * Skips, naming purpose ("for a small /dev/shm"), when neither is allowed. */
void ipcs_enter_new_namespaces(int flags, bool as_root, const char *purpose);

/* ------------------------------------------------------ objects & cleanup */

/* Every object a case creates is registered; whatever is still registered
 * when a test ends (or crashes) is removed by the case's main process. */
enum ipcs_obj {
	IPCS_OBJ_SEM,
	IPCS_OBJ_MSG,
	IPCS_OBJ_SHM,
	IPCS_OBJ_FILE,
	IPCS_OBJ_PSHM,
	IPCS_OBJ_MQ,
	IPCS_OBJ_PSEM,
	IPCS_OBJ_SYSCTL
};
void ipcs_track(enum ipcs_obj kind, long id, const char *name);
void ipcs_untrack(enum ipcs_obj kind, long id, const char *name);

key_t ipcs_unique_key(void); /* unused by any SysV facility right now; never IPC_PRIVATE */
/* "/ipcsuite-<pid>-<n>-<tag>" for POSIX objects; buf of at least 64 bytes. */
const char *ipcs_unique_name(char *buf, size_t size, const char *tag);
/* The unique name padded with 'x' to len characters after its slash (for the
 * name-length limits); buf of at least len + 2 bytes. */
const char *ipcs_unique_long_name(char *buf, size_t size, const char *tag, size_t len);
/* A new empty file in the temp directory, registered; returns its path. */
const char *ipcs_temp_file(char *buf, size_t size);

/* Create and register; broken on failure. flags include IPC_CREAT etc. */
int ipcs_semget(key_t key, int nsems, int flags);
int ipcs_msgget(key_t key, int flags);
int ipcs_shmget(key_t key, size_t size, int flags);
/* Shorthands: a new private object with mode 0600. */
int ipcs_sem_new(int nsems);
int ipcs_msg_new(void);
int ipcs_shm_new(size_t size);
/* Remove now (broken on failure) and unregister. */
void ipcs_sem_rm(int semid);
void ipcs_msg_rm(int msqid);
void ipcs_shm_rm(int shmid);

/* Set a sysctl under /proc/sys for the rest of the test; the old value is
 * restored when the test ends. Skips when the file is not writable here (the
 * IPC sysctls of a namespace belong to its user namespace's root); broken on
 * other failures. */
void ipcs_sysctl_set(const char *path, const char *value);

/* --------------------------------------------------------------- processes */

/* fork(); broken on failure. The child is killed and reaped when the test
 * ends if still running. In the child, failures and ends are recorded and it
 * exits; ipcs_child_exit() ends a child normally. */
pid_t ipcs_fork(void);
_Noreturn void ipcs_child_exit(void);
/* Fork a child that runs fn(arg) and exits. */
pid_t ipcs_spawn(void (*fn)(void *), void *arg);
/* In a child: replace the process image (execve) with a fresh run of this
 * case that only reads fd until EOF and then exits 0. The result is a process
 * that has done execve(2) and stays alive, blocked in read (wait for it with
 * ipcs_wait_in_(pid, "read", ...)), until the parent closes the write end. Uses
 * no program outside the suite (an initramfs has no cat). Broken if the exec
 * fails. */
_Noreturn void ipcs_exec_reader(int fd);
/* waitpid() for that child; broken on failure. Returns the wait status.
 * A child that skipped (IPCS_SKIP, ipcs_become_user) exits 77, and then
 * the waiting test skips too, with the child's reason. */
int ipcs_wait(pid_t pid);
/* "exited with 0", "killed by SIGSEGV": static buffer per call site. */
const char *ipcs_status_str(int status, char *buf, size_t size);
/* Wait for the child and check how it ended. */
bool ipcs_expect_exit_(pid_t pid, int code, const char *file, int line);
bool ipcs_expect_signal_(pid_t pid, int sig, const char *file, int line);
#define IPCS_EXPECT_CHILD_EXIT(pid, code)  ipcs_expect_exit_(pid, code, __FILE__, __LINE__)
#define IPCS_EXPECT_CHILD_SIGNAL(pid, sig) ipcs_expect_signal_(pid, sig, __FILE__, __LINE__)

/* --------------------------------------------------------------- waiting */

/*
 * Every wait has two forms. A WAIT is setup: the state must come before the
 * test can act (a child asleep in semop before the set is removed); when it
 * never comes the test ends broken. An EXPECT is the behavior under test (a
 * sender that must block on a full queue, a waiter that must be counted in
 * GETNCNT): when the state never comes it is a failure, with expected and
 * got, at the case's line; the call returns false and the test goes on.
 *
 * "Blocked in a call" is proven by /proc/<pid>/stat (state S) and
 * /proc/<pid>/syscall naming the call. Where the syscall file cannot be read
 * (no CONFIG_HAVE_ARCH_TRACEHOOK, no ptrace access) nothing else proves it:
 * both forms skip the test, saying why.
 */
#define IPCS_WAIT_MS 10000 /* default deadline for states that must come */

enum ipcs_wait_kind {
	IPCS_WAIT_SETUP,    /* absent state: broken */
	IPCS_WAIT_BEHAVIOR, /* absent state: fail (expected vs got) */
};

/* By name: semop, msgsnd, msgrcv, pause, read, write, mq_send, mq_receive,
 * futex (sem_wait, pthread waits), wait, open, fcntl (F_SETLKW, F_OFD_SETLKW),
 * flock, connect, accept, recv, send, poll, nanosleep, splice. */
bool ipcs_blocked_in_(pid_t pid, const char *call, enum ipcs_wait_kind kind, const char *file,
                      int line);
#define IPCS_WAIT_IN(pid, call)                                                                    \
	((void)ipcs_blocked_in_(pid, call, IPCS_WAIT_SETUP, __FILE__, __LINE__))
#define IPCS_EXPECT_BLOCKED_IN(pid, call)                                                          \
	ipcs_blocked_in_(pid, call, IPCS_WAIT_BEHAVIOR, __FILE__, __LINE__)
#define IPCS_WAIT_IN_SEMOP(pid)  IPCS_WAIT_IN(pid, "semop")
#define IPCS_WAIT_IN_MSGSND(pid) IPCS_WAIT_IN(pid, "msgsnd")
#define IPCS_WAIT_IN_MSGRCV(pid) IPCS_WAIT_IN(pid, "msgrcv")
/* The setup form by name, for older cases. */
void ipcs_wait_in_(pid_t pid, const char *call, const char *file, int line);

/* Poll cond(arg) every ms until true. */
bool ipcs_poll_kind_(bool (*cond)(void *), void *arg, int timeout_ms, enum ipcs_wait_kind kind,
                     const char *what, const char *file, int line);
void ipcs_poll_(bool (*cond)(void *), void *arg, int timeout_ms, const char *what, const char *file,
                int line);
#define IPCS_POLL(cond, arg, what) ipcs_poll_(cond, arg, IPCS_WAIT_MS, what, __FILE__, __LINE__)
#define IPCS_EXPECT_EVENTUALLY(cond, arg, what)                                                    \
	ipcs_poll_kind_(cond, arg, IPCS_WAIT_MS, IPCS_WAIT_BEHAVIOR, what, __FILE__, __LINE__)

/* Until semctl(GETNCNT / GETZCNT) on semnum equals n; msg_qnum equals n.
 * A counter that settles on another value is reported with that value. */
bool ipcs_sem_count_(int semid, int semnum, int cmd, int n, enum ipcs_wait_kind kind,
                     const char *file, int line);
bool ipcs_msg_qnum_(int msqid, unsigned long n, enum ipcs_wait_kind kind, const char *file,
                    int line);
#define IPCS_WAIT_SEMNCNT(id, num, n)                                                              \
	((void)ipcs_sem_count_(id, num, GETNCNT, n, IPCS_WAIT_SETUP, __FILE__, __LINE__))
#define IPCS_WAIT_SEMZCNT(id, num, n)                                                              \
	((void)ipcs_sem_count_(id, num, GETZCNT, n, IPCS_WAIT_SETUP, __FILE__, __LINE__))
#define IPCS_WAIT_MSG_QNUM(id, n) ((void)ipcs_msg_qnum_(id, n, IPCS_WAIT_SETUP, __FILE__, __LINE__))
#define IPCS_EXPECT_SEMNCNT(id, num, n)                                                            \
	ipcs_sem_count_(id, num, GETNCNT, n, IPCS_WAIT_BEHAVIOR, __FILE__, __LINE__)
#define IPCS_EXPECT_SEMZCNT(id, num, n)                                                            \
	ipcs_sem_count_(id, num, GETZCNT, n, IPCS_WAIT_BEHAVIOR, __FILE__, __LINE__)
#define IPCS_EXPECT_MSG_QNUM(id, n) ipcs_msg_qnum_(id, n, IPCS_WAIT_BEHAVIOR, __FILE__, __LINE__)

/* --------------------------------------------------------- time & signals */

int64_t ipcs_now_ns(void); /* CLOCK_MONOTONIC */
int64_t ipcs_ms_since(int64_t start_ns);
struct timespec ipcs_ms_to_timespec(long ms);
/* An absolute time on clock, ms (may be negative) from now: the deadline of
 * sem_timedwait, mq_timedsend and the like (CLOCK_REALTIME). Broken if the
 * clock cannot be read. */
struct timespec ipcs_deadline_ms(clockid_t clock, long ms);
/* A timed call returned at or after its absolute deadline, by the deadline's
 * own clock: a fail with both times otherwise. Assert this rather than an
 * elapsed time on another clock: CLOCK_REALTIME may be stepped or (UML
 * under load) run at another rate than CLOCK_MONOTONIC. */
bool ipcs_deadline_reached_(clockid_t clock, const struct timespec *deadline, const char *file,
                            int line);
#define IPCS_EXPECT_DEADLINE_REACHED(clock, deadline)                                              \
	ipcs_deadline_reached_(clock, deadline, __FILE__, __LINE__)
/* Seconds of the clock the kernel stamps IPC times (sem_otime, msg_stime,
 * shm_atime, *_ctime, ...) with. Bound such fields with this, not time(NULL):
 * a libc whose time() reads the fine clock (musl) can be a second ahead. */
long long ipcs_realtime_s(void);
/* Until ipcs_realtime_s() exceeds t, so that a time field set from now on
 * differs from one set at t. Broken after 3 s. */
void ipcs_wait_realtime_after_(long long t, const char *file, int line);
#define IPCS_WAIT_REALTIME_AFTER(t) ipcs_wait_realtime_after_(t, __FILE__, __LINE__)

/* Install a counting handler for sig, with sa_flags exactly as given (0: no
 * SA_RESTART, so blocked calls observe EINTR). */
void ipcs_catch_signal(int sig, int sa_flags);
int ipcs_signal_count(int sig);
/* Block sig in the calling thread, so that it stays pending where a test can
 * see it (sigpending, sigtimedwait); returns the set {sig}. Broken on failure. */
sigset_t ipcs_block_signal(int sig);
/* Whether sig is pending for the calling thread or process. */
bool ipcs_signal_pending(int sig);
/* A handler in a child that the parent must know has run (a call interrupted
 * by it, then restarted or failed). In the test, before spawning:
 * ipcs_signal_reports_open(); in the child: ipcs_catch_signal_reported(sig,
 * flags), which installs a counting handler that also writes one byte to a
 * pipe; in the test: ipcs_signal_and_await(pid, sig) sends sig and returns
 * once that handler has run (the test's timeout bounds the wait). */
void ipcs_signal_reports_open(void);
void ipcs_catch_signal_reported(int sig, int sa_flags);
void ipcs_signal_and_await(pid_t pid, int sig);

/* ------------------------------------------------------------------ limits */

/* Read one or several longs from a /proc/sys file; broken on failure.
 * ipcs_read_proc_longs returns how many were read. */
long ipcs_read_proc_long(const char *path);
int ipcs_read_proc_longs(const char *path, long *out, int max);

/* ------------------------------------------------------------------- names */

const char *ipcs_errno_name(int err);  /* "EAGAIN"; "E#123" if unknown */
const char *ipcs_signal_name(int sig); /* "SIGSEGV" */

/* System V semctl's fourth argument; the caller defines it (semctl(2)). */
union ipcs_semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
	struct seminfo *__buf;
};

#endif
