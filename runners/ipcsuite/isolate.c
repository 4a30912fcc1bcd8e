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

/* "CLONE_NEWUSER|CLONE_NEWIPC|CLONE_NEWNS|CLONE_NEWPID", for messages */
static const char *iso_flags_desc(const struct iso *iso)
{
	static char buf[96];
	snprintf(buf, sizeof buf, "%sCLONE_NEWIPC|CLONE_NEWNS%s",
	         iso->userns ? "CLONE_NEWUSER|" : "", iso->pidns ? "|CLONE_NEWPID" : "");
	return buf;
}

/* In the keeper, just cloned into its namespaces: the identity map (user
 * namespace), a private mount tree, then its own /proc (PID namespace),
 * /dev/shm and /dev/mqueue. *fresh says that the IPC objects it can see
 * were all made in these namespaces (none existed before the case). */
int iso_setup(const struct iso *iso, char *msg, size_t len, const char **mqdir, bool *fresh)
{
	*mqdir = NULL;
	*fresh = false;
	/* Everything below is for a mount namespace of our own: never the host's. */
	struct stat st;
	if (iso->host_mnt_ns && stat("/proc/self/ns/mnt", &st) == 0 &&
	    (unsigned long)st.st_ino == iso->host_mnt_ns) {
		snprintf(msg, len, "not in a mount namespace of its own: nothing mounted");
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
	if (iso->pidns &&
	    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0) {
		snprintf(msg, len, "mounting /proc: %s", errno_name(errno));
		return -1;
	}
	bool shm_private = false;
	if (!is_dir("/dev/shm") && mkdir("/dev/shm", 01777) < 0) {
		/* nowhere to mount: POSIX shm and named semaphores will not work,
		 * and the cases that need them say so */
	} else if (mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777") < 0) {
		snprintf(msg, len, "mounting a tmpfs on /dev/shm: %s", errno_name(errno));
		return -1;
	} else {
		shm_private = true;
	}
	/* A new IPC namespace has no SysV object and a new tmpfs no file; an
	 * mqueue mounted here shows only this IPC namespace's queues. */
	*fresh = shm_private;
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

struct probe {
	const struct iso *iso;
	int w;
};

static int probe_child(void *arg)
{
	const struct probe *p = arg;
	char msg[256] = "ok";
	const char *mq;
	bool fresh;
	if (iso_setup(p->iso, msg, sizeof msg, &mq, &fresh) == 0)
		snprintf(msg, sizeof msg, "ok");
	write_all(p->w, msg, strlen(msg));
	_exit(0);
}

/* One attempt in a throwaway child cloned as a keeper would be; NULL on
 * success, else why not. The child is not waited for when it succeeded: its
 * namespaces take a while to go away, and the run loop reaps it. */
static char *try_iso(const struct iso *iso)
{
	int p[2];
	if (pipe2(p, O_CLOEXEC) < 0)
		return xasprintf("pipe: %s", errno_name(errno));
	struct probe pr = {iso, p[1]};
	pid_t pid = spawn_child(iso_clone_flags(iso), probe_child, &pr);
	if (pid < 0) {
		int e = errno;
		close(p[0]);
		close(p[1]);
		return xasprintf("clone(%s): %s", iso_flags_desc(iso), errno_name(e));
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
	if (!strcmp(buf, "ok"))
		return NULL;
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	return xstrdup(n ? buf : "the probe child reported nothing");
}

void iso_probe(struct iso *iso, const char *tmpdir)
{
	iso->uid = geteuid();
	iso->gid = getegid();
	struct stat st;
	iso->host_mnt_ns = stat("/proc/self/ns/mnt", &st) == 0 ? (unsigned long)st.st_ino : 0;
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
