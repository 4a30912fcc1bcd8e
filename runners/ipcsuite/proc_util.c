/* proc_util.c - /proc walking: our own location, process trees, and killing them. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "runner.h"

char *exe_dir(void)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	if (n <= 0)
		return NULL;
	buf[n] = 0;
	return dir_of(buf);
}

void become_subreaper(void)
{
	/* Orphans of our cases come to us, so none is ever left running. */
	prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
}

static pid_t read_ppid(pid_t pid)
{
	char path[64], buf[512];
	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	/* comm may contain spaces and parentheses: parse after the last ')' */
	char *rp = strrchr(buf, ')');
	if (!rp || rp[1] != ' ')
		return -1;
	char state;
	int ppid;
	if (sscanf(rp + 2, "%c %d", &state, &ppid) != 2)
		return -1;
	return (pid_t)ppid;
}

/* Whether /proc shows our own PID namespace. Inside a PID namespace with the
 * host's /proc (unshare -p without a new /proc), its pids are not ours: a
 * tree walk from "our" pid 1 there would find, and kill, the host's
 * processes. Checked per process (forked keepers may live elsewhere). */
bool proc_is_ours(void)
{
	static pid_t checked_for;
	static bool ours;
	pid_t me = getpid();
	if (checked_for == me)
		return ours;
	char buf[32], want[32];
	ssize_t n = readlink("/proc/self", buf, sizeof buf - 1);
	snprintf(want, sizeof want, "%d", (int)me);
	ours = n > 0 && (buf[n] = 0, !strcmp(buf, want));
	checked_for = me;
	return ours;
}

size_t proc_descendants(pid_t root, pid_t *out, size_t max)
{
	if (!proc_is_ours())
		return 0;
	size_t cap = 1024, n = 0;
	pid_t *pid = xmalloc(cap * sizeof *pid), *ppid = xmalloc(cap * sizeof *ppid);
	DIR *d = opendir("/proc");
	if (!d) {
		free(pid);
		free(ppid);
		return 0;
	}
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] < '1' || e->d_name[0] > '9')
			continue;
		pid_t p = (pid_t)atoi(e->d_name);
		pid_t pp = read_ppid(p);
		if (pp < 0)
			continue;
		if (n == cap) {
			cap *= 2;
			pid = xrealloc(pid, cap * sizeof *pid);
			ppid = xrealloc(ppid, cap * sizeof *ppid);
		}
		pid[n] = p;
		ppid[n++] = pp;
	}
	closedir(d);
	/* breadth first from root over parent links */
	size_t found = 0;
	pid_t *queue = xmalloc((n + 1) * sizeof *queue);
	size_t qh = 0, qt = 0;
	queue[qt++] = root;
	while (qh < qt) {
		pid_t cur = queue[qh++];
		for (size_t i = 0; i < n; i++) {
			if (ppid[i] != cur || pid[i] == root)
				continue;
			if (qt <= n)
				queue[qt++] = pid[i];
			if (found < max)
				out[found] = pid[i];
			found++;
			ppid[i] = -1; /* visit once */
		}
	}
	free(queue);
	free(pid);
	free(ppid);
	return found < max ? found : max;
}

int kill_tree(pid_t root, bool include_root)
{
	/* Freeze first (SIGSTOP), so nothing forks or reparents while we look,
	 * then kill everything that was found. */
	enum { MAXP = 4096 };
	pid_t *all = xmalloc(MAXP * sizeof *all), *cur = xmalloc(MAXP * sizeof *cur);
	size_t nall = 0;
	if (include_root && root > 1)
		kill(root, SIGSTOP);
	for (int round = 0; round < 8; round++) {
		size_t n = proc_descendants(root, cur, MAXP);
		size_t added = 0;
		for (size_t i = 0; i < n; i++) {
			bool seen = false;
			for (size_t k = 0; k < nall && !seen; k++)
				seen = all[k] == cur[i];
			if (seen || nall >= MAXP)
				continue;
			kill(cur[i], SIGSTOP);
			all[nall++] = cur[i];
			added++;
		}
		if (!added)
			break;
	}
	for (size_t i = 0; i < nall; i++)
		kill(all[i], SIGKILL);
	if (include_root && root > 1)
		kill(root, SIGKILL);
	free(all);
	free(cur);
	return (int)nall;
}

void proc_comm(pid_t pid, char *buf, size_t len)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%d/comm", (int)pid);
	buf[0] = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	ssize_t n = read(fd, buf, len - 1);
	close(fd);
	if (n < 0)
		n = 0;
	buf[n] = 0;
	char *nl = strchr(buf, '\n');
	if (nl)
		*nl = 0;
}

int online_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}
