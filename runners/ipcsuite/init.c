/*
 * init.c - the runner as PID 1: the only program of an initramfs (QEMU,
 * user-mode-linux), or of a container.
 *
 * In init mode (getpid() == 1, or --init) the process splits in two:
 *
 *   init (PID 1)   mounts what is missing (/proc, /sys, /dev, /dev/shm,
 *                  /dev/mqueue, a writable /tmp), opens the console when it
 *                  has no stdout, sets PATH and TMPDIR, forks the runner and
 *                  reaps every orphan until the runner exits; then prints
 *                  one line
 *                    IPCSUITE-RESULT exit=0 cases=170 passed=166 failed=0 ...
 *                  writes the exit code to QEMU's isa-debug-exit port when
 *                  IPCSUITE_DEBUG_EXIT=PORT asks for it, syncs and powers
 *                  the machine off. It never returns from main as the
 *                  machine's init (the kernel would panic); as PID 1 of a
 *                  container, or with --init elsewhere, it exits with the
 *                  runner's code.
 *   runner         the ordinary run; at the end it sends its counts to init
 *                  over a pipe. A runner that dies before (usage error,
 *                  crash) still gets a result line, with its exit status.
 *
 * Runner arguments come from argv, which the kernel fills with the words after
 * "--" on its command line (and any unknown word without '=' before it):
 * "console=ttyS0 panic=-1 -- sysv-sem --expect qemu -j2".
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#if defined(__x86_64__) || defined(__i386__)
#include <sys/io.h>
#define HAVE_PORT_IO 1
#endif

#include "runner.h"

/* The initial PID namespace's inode number (PROC_PID_INIT_INO, fixed since
 * Linux 3.8): PID 1 there is the machine's init, whose exit panics the kernel. */
#define INIT_PID_NS_INO 0xEFFFFFFCUL

static int result_fd = -1; /* the runner's end of the pipe to init */

static bool is_mount_point(const char *path)
{
	struct stat a, b;
	char parent[4096];
	snprintf(parent, sizeof parent, "%s/..", path);
	if (stat(path, &a) < 0 || stat(parent, &b) < 0)
		return false;
	return a.st_dev != b.st_dev || a.st_ino == b.st_ino;
}

static void try_mount(const char *what, const char *where, const char *type, unsigned long flags,
                      const char *data)
{
	mkdir(where, 0755);
	if (mount(what, where, type, flags, data) == 0)
		warnx_("init: mounted %s on %s", type, where);
	else
		warnx_("init: warning: cannot mount %s on %s: %s", type, where, strerror(errno));
}

static void mount_missing(void)
{
	const unsigned long nse = MS_NOSUID | MS_NODEV | MS_NOEXEC;
	if (access("/proc/self/stat", F_OK) < 0)
		try_mount("proc", "/proc", "proc", nse, NULL);
	if (access("/sys/kernel", F_OK) < 0)
		try_mount("sysfs", "/sys", "sysfs", nse, NULL);
	if (access("/dev/null", F_OK) < 0)
		try_mount("devtmpfs", "/dev", "devtmpfs", MS_NOSUID, "mode=0755");
	if (!is_mount_point("/dev/shm"))
		try_mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777");
	if (!is_mount_point("/dev/mqueue"))
		try_mount("mqueue", "/dev/mqueue", "mqueue", nse, NULL);
	/* Check's fork mode and the runner's own files need a writable /tmp; an
	 * initramfs's rootfs is writable already, a read-only root is not */
	if (access("/tmp", W_OK) < 0)
		try_mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777");
}

/* The kernel opens /dev/console for init; when the initramfs has no
 * /dev/console, init starts without stdin/stdout/stderr. */
static void open_console(void)
{
	if (fcntl(1, F_GETFD) >= 0 && fcntl(2, F_GETFD) >= 0)
		return;
	int fd = open("/dev/console", O_RDWR | O_NOCTTY);
	if (fd < 0)
		return; /* nowhere to say so */
	for (int k = 0; k < 3; k++)
		if (fcntl(k, F_GETFD) < 0)
			dup2(fd, k);
	if (fd > 2)
		close(fd);
}

static bool machine_init(void)
{
	struct stat st;
	return getpid() == 1 && stat("/proc/self/ns/pid", &st) == 0 &&
	       (unsigned long)st.st_ino == INIT_PID_NS_INO;
}

static void debug_exit(int code)
{
	const char *port = getenv("IPCSUITE_DEBUG_EXIT");
	if (!port || !*port)
		return;
#ifdef HAVE_PORT_IO
	char *end;
	unsigned long p = strtoul(port, &end, 0);
	if (*end || p == 0 || p > 0xfffc) {
		warnx_("init: IPCSUITE_DEBUG_EXIT=%s is not an I/O port", port);
		return;
	}
	if (ioperm(p, 1, 1) < 0) {
		warnx_("init: ioperm(%#lx): %s", p, strerror(errno));
		return;
	}
	/* QEMU's isa-debug-exit exits with (value << 1) | 1 */
	outb((unsigned char)code, (unsigned short)p);
#else
	warnx_("init: IPCSUITE_DEBUG_EXIT needs x86 port I/O; ignored here");
#endif
}

static _Noreturn void finish(int code)
{
	fflush(NULL);
	if (!machine_init())
		exit(code);
	sync();
	/* the result line must be out of the serial port before QEMU stops */
	tcdrain(1);
	debug_exit(code);
	reboot(RB_POWER_OFF);
	/* no power-off here: returning from init panics the kernel, which with
	 * panic=-1 reboots, and QEMU -no-reboot exits; the result line is out */
	warnx_("init: power off failed: %s", strerror(errno));
	exit(code);
}

bool init_wanted(int argc, char **argv)
{
	if (getpid() == 1)
		return true;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			break;
		if (!strcmp(argv[i], "--init"))
			return true;
	}
	return false;
}

void init_start(void)
{
	int64_t t0 = now_ms();
	mount_missing();
	open_console();
	/* the kernel gives init HOME and TERM only */
	if (!getenv("PATH"))
		setenv("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin", 1);
	const char *tmp = getenv("TMPDIR");
	if (!tmp || access(tmp, W_OK | X_OK) < 0)
		setenv("TMPDIR", "/tmp", 1);

	int p[2];
	if (pipe(p) < 0) {
		warnx_("init: pipe: %s", strerror(errno));
		printf("IPCSUITE-RESULT exit=3 error=pipe\n");
		finish(RX_RUNNER);
	}
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		close(p[0]);
		result_fd = p[1];
		fcntl(result_fd, F_SETFD, FD_CLOEXEC);
		/* a console is not a terminal to draw progress on: TAP, line by line,
		 * so that a machine dying mid-run still shows how far it came */
		setvbuf(stdout, NULL, _IOLBF, 0);
		return;
	}
	close(p[1]);
	if (pid < 0) {
		warnx_("init: fork: %s", strerror(errno));
		printf("IPCSUITE-RESULT exit=3 error=fork\n");
		finish(RX_RUNNER);
	}
	/* PID 1 gets only the signals it handles: ignore the terminal ones, the
	 * runner decides what an interrupt means */
	signal(SIGINT, SIG_IGN);
	signal(SIGTERM, SIG_IGN);
	signal(SIGHUP, SIG_IGN);

	int status = 0;
	for (;;) {
		int st;
		pid_t w = wait(&st);
		if (w == pid) {
			status = st;
			break;
		}
		if (w < 0 && errno != EINTR) {
			status = 3 << 8;
			break;
		}
	}
	char counts[512];
	size_t n = 0;
	ssize_t k;
	while (n < sizeof counts - 1 && ((k = read(p[0], counts + n, sizeof counts - 1 - n)) > 0 ||
	                                 (k < 0 && errno == EINTR)))
		n += k > 0 ? (size_t)k : 0;
	counts[n] = 0;
	close(p[0]);
	int code;
	char how[64] = "";
	if (WIFEXITED(status)) {
		code = WEXITSTATUS(status);
	} else {
		code = RX_RUNNER;
		snprintf(how, sizeof how, " error=\"runner killed by %s\"",
		         WIFSIGNALED(status) ? signal_name(WTERMSIG(status)) : "?");
	}
	if (!n)
		snprintf(counts, sizeof counts, "cases=0 wall=%.1f",
		         (double)(now_ms() - t0) / 1000.0);
	fflush(NULL);
	printf("\nIPCSUITE-RESULT exit=%d %s%s\n", code, counts, how);
	finish(code);
}

void init_report(const struct run *r)
{
	if (result_fd < 0)
		return;
	int n[O__COUNT] = {0}, cases = 0, xfail = 0, regress = 0;
	for (size_t i = 0; i < r->njobs; i++) {
		const struct job *j = &r->jobs[i];
		if (!j->finished)
			continue;
		cases++;
		n[j->outcome]++;
		xfail += j->bl == BL_XFAIL;
		/* what makes the exit status 1: against a baseline its
		 * regressions, without one every failure */
		regress +=
		    r->bl ? j->bl == BL_REGRESS || j->bl == BL_XPASS : outcome_bad(j->outcome);
	}
	int other = n[O_TIMEOUT] + n[O_CRASH] + n[O_INVALID] + n[O_LEAK];
	char buf[512];
	int len = snprintf(buf, sizeof buf,
	                   "cases=%d passed=%d failed=%d broken=%d skipped=%d other=%d "
	                   "expected-failures=%d regressions=%d wall=%.1f",
	                   cases, n[O_PASS], n[O_FAIL], n[O_BROKEN], n[O_SKIP], other, xfail,
	                   regress, r->wall);
	if (len > 0 && write(result_fd, buf, (size_t)len) < 0)
		warnx_("init: cannot report the counts: %s", strerror(errno));
	close(result_fd);
	result_fd = -1;
}
