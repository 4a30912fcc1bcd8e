/*
 * isolate.c - per-case namespaces. Each case gets a fresh IPC namespace and a
 * mount namespace with its own /dev/shm (tmpfs) and /dev/mqueue (mqueue), and
 * when possible a PID namespace with its own /proc, so that killing its init
 * kills everything the case started. An unprivileged runner gets the same
 * through a user namespace with an identity map of only its own uid/gid, so
 * the exec'd case keeps no capability.
 *
 * What works is found once, by doing it in a throwaway child (iso_probe).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runner.h"

static int write_file(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = write_all(fd, s, strlen(s));
	int e = errno;
	close(fd);
	errno = e;
	return rc;
}

static bool is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

int iso_enter(const struct iso *iso, char *msg, size_t len)
{
	int flags = CLONE_NEWIPC | CLONE_NEWNS;
	if (iso->pidns)
		flags |= CLONE_NEWPID;
	if (iso->userns)
		flags |= CLONE_NEWUSER;
	if (unshare(flags) < 0) {
		snprintf(msg, len, "unshare(%sCLONE_NEWIPC|CLONE_NEWNS%s): %s",
		         iso->userns ? "CLONE_NEWUSER|" : "", iso->pidns ? "|CLONE_NEWPID" : "",
		         errno_name(errno));
		return -1;
	}
	if (iso->userns) {
		char map[64];
		/* setgroups must be denied before an unprivileged gid_map write */
		if (write_file("/proc/self/setgroups", "deny") < 0 && errno != ENOENT) {
			snprintf(msg, len, "writing /proc/self/setgroups: %s", errno_name(errno));
			return -1;
		}
		snprintf(map, sizeof map, "%u %u 1\n", (unsigned)iso->uid, (unsigned)iso->uid);
		if (write_file("/proc/self/uid_map", map) < 0) {
			snprintf(msg, len, "writing uid_map: %s", errno_name(errno));
			return -1;
		}
		snprintf(map, sizeof map, "%u %u 1\n", (unsigned)iso->gid, (unsigned)iso->gid);
		if (write_file("/proc/self/gid_map", map) < 0) {
			snprintf(msg, len, "writing gid_map: %s", errno_name(errno));
			return -1;
		}
	}
	/* our mounts must not propagate back to the host */
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0) {
		snprintf(msg, len, "making / private: %s", errno_name(errno));
		return -1;
	}
	return 0;
}

int iso_mount(const struct iso *iso, char *msg, size_t len, const char **mqdir)
{
	*mqdir = NULL;
	if (iso->pidns &&
	    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0) {
		snprintf(msg, len, "mounting /proc: %s", errno_name(errno));
		return -1;
	}
	if (!is_dir("/dev/shm") && mkdir("/dev/shm", 01777) < 0) {
		/* nowhere to mount: POSIX shm and named semaphores will not work,
		 * and the cases that need them say so */
	} else if (mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777") < 0) {
		snprintf(msg, len, "mounting a tmpfs on /dev/shm: %s", errno_name(errno));
		return -1;
	}
	/* /dev/mqueue: create it if missing and we may; else mount mqueue on a
	 * private directory, only so the leak check can list the queues */
	if (is_dir("/dev/mqueue") || mkdir("/dev/mqueue", 01777) == 0) {
		if (mount("mqueue", "/dev/mqueue", "mqueue", MS_NOSUID | MS_NODEV | MS_NOEXEC,
		          NULL) == 0) {
			*mqdir = "/dev/mqueue";
			return 0;
		}
	}
	if (iso->mq_private[0] &&
	    mount("mqueue", iso->mq_private, "mqueue", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) == 0)
		*mqdir = iso->mq_private;
	return 0;
}

/* One attempt in a throwaway child; NULL on success, else why not. */
static char *try_iso(const struct iso *iso)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0)
		return xasprintf("pipe: %s", errno_name(errno));
	pid_t pid = fork();
	if (pid < 0) {
		close(p[0]);
		close(p[1]);
		return xasprintf("fork: %s", errno_name(errno));
	}
	if (pid == 0) {
		char msg[256] = "ok";
		const char *mq;
		close(p[0]);
		if (iso_enter(iso, msg, sizeof msg) == 0) {
			if (iso->pidns) {
				pid_t init = fork();
				if (init == 0) {
					if (iso_mount(iso, msg, sizeof msg, &mq) == 0)
						snprintf(msg, sizeof msg, "ok");
					write_all(p[1], msg, strlen(msg));
					_exit(0);
				}
				if (init < 0)
					snprintf(msg, sizeof msg, "fork in the PID namespace: %s",
					         errno_name(errno));
				else
					waitpid(init, NULL, 0);
				if (init < 0)
					write_all(p[1], msg, strlen(msg));
				_exit(0);
			}
			if (iso_mount(iso, msg, sizeof msg, &mq) == 0)
				snprintf(msg, sizeof msg, "ok");
		}
		write_all(p[1], msg, strlen(msg));
		_exit(0);
	}
	close(p[1]);
	char buf[256];
	size_t n = 0;
	int64_t deadline = now_ms() + 10000;
	for (;;) {
		int64_t left = deadline - now_ms();
		struct pollfd pfd = {.fd = p[0], .events = POLLIN};
		if (left <= 0 || poll(&pfd, 1, (int)left) == 0) {
			kill(pid, SIGKILL);
			break;
		}
		ssize_t r = read(p[0], buf + n, sizeof buf - 1 - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n += (size_t)r;
		if (n >= sizeof buf - 1)
			break;
	}
	buf[n] = 0;
	close(p[0]);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	if (!strcmp(buf, "ok"))
		return NULL;
	return xstrdup(n ? buf : "the probe child reported nothing");
}

void iso_probe(struct iso *iso, const char *tmpdir)
{
	iso->uid = geteuid();
	iso->gid = getegid();
	snprintf(iso->mq_private, sizeof iso->mq_private, "%s/mqueue", tmpdir);
	if (mkdir(iso->mq_private, 0700) < 0 && errno != EEXIST)
		iso->mq_private[0] = 0;
	static const struct {
		bool user, pid;
	} tries[] = {{false, true}, {true, true}, {false, false}, {true, false}};
	char *why[4] = {0};
	for (size_t i = 0; i < 4; i++) {
		iso->userns = tries[i].user;
		iso->pidns = tries[i].pid;
		why[i] = try_iso(iso);
		if (why[i])
			continue;
		iso->on = true;
		snprintf(iso->desc, sizeof iso->desc, "namespaces (%sipc, mount%s)",
		         iso->userns ? "user, " : "", iso->pidns ? ", pid" : "");
		if (!iso->pidns)
			snprintf(iso->reason, sizeof iso->reason,
			         "no PID namespace: %s; leftover processes are found through /proc",
			         why[i - 2] ? why[i - 2] : "?");
		break;
	}
	if (!iso->on) {
		iso->userns = iso->pidns = false;
		snprintf(iso->desc, sizeof iso->desc, "none");
		snprintf(iso->reason, sizeof iso->reason, "%s; with a user namespace: %s", why[0],
		         why[1]);
	}
	for (size_t i = 0; i < 4; i++)
		free(why[i]);
}
