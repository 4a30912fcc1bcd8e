/* record_lock.c - helpers for the record-lock cases; see ipcsuite_record_lock.h. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "ipcsuite_record_lock.h"

struct flock ipcs_flock(short type, short whence, off_t start, off_t len)
{
	struct flock fl;

	memset(&fl, 0, sizeof fl); /* l_pid 0: required by the OFD commands */
	fl.l_type = type;
	fl.l_whence = whence;
	fl.l_start = start;
	fl.l_len = len;
	return fl;
}

int ipcs_lock_open(const char *path, int flags)
{
	int fd = open(path, flags);
	if (fd < 0)
		IPCS_BROKEN_ERRNO("open(%s, 0%o)", path, (unsigned)flags);
	return fd;
}

static const char *remote_lock_fs_name(int fd);

/* A tmpfs keeps its locks in this kernel wherever it is mounted. */
static bool dev_shm_is_tmpfs(void)
{
	struct statfs sf;
	return statfs("/dev/shm", &sf) == 0 &&
	       ((unsigned long)sf.f_type & 0xffffffffUL) == 0x01021994UL; /* TMPFS_MAGIC */
}

int ipcs_lock_file(char *buf, size_t bufsize, off_t size, int flags)
{
	ipcs_temp_file(buf, bufsize);
	int probe = ipcs_lock_open(buf, O_RDONLY);
	bool remote = remote_lock_fs_name(probe) != NULL;
	close(probe);
	if (remote && dev_shm_is_tmpfs()) {
		/* $TMPDIR's locks are a remote lock manager's (or say so: gVisor's
		 * gofer reports 9p for /tmp): lock a file in /dev/shm instead */
		snprintf(buf, bufsize, "/dev/shm/ipcsuite-lock-%ld-XXXXXX", (long)getpid());
		int t = mkstemp(buf);
		if (t < 0)
			IPCS_BROKEN_ERRNO("mkstemp(%s)", buf);
		close(t);
		ipcs_track(IPCS_OBJ_FILE, -1, buf);
	}
	if (size > 0 && truncate(buf, size) < 0)
		IPCS_BROKEN_ERRNO("truncate(%s, %lld)", buf, (long long)size);
	int fd = ipcs_lock_open(buf, flags);
	ipcs_require_local_locks(fd);
	return fd;
}

/* f_type values (linux/magic.h and the filesystems' own headers) of the
 * filesystems whose fcntl locks a remote lock manager decides. */
static const struct {
	unsigned long magic;
	const char *name;
} remote_lock_fs[] = {
    {0x6969, "nfs"},      {0x01021997, "9p (v9fs)"}, {0x517b, "smb"},     {0xff534d42, "cifs"},
    {0xfe534d42, "smb2"}, {0x00c36400, "ceph"},      {0x6b414653, "afs"}, {0x5346414f, "afs"},
    {0x01161970, "gfs2"}, {0x7461636f, "ocfs2"},
};

static const char *remote_lock_fs_name(int fd)
{
	struct statfs sf;
	if (fstatfs(fd, &sf) < 0)
		IPCS_BROKEN_ERRNO("fstatfs(%d)", fd);
	unsigned long magic = (unsigned long)sf.f_type & 0xffffffffUL;
	for (size_t i = 0; i < sizeof remote_lock_fs / sizeof remote_lock_fs[0]; i++)
		if (remote_lock_fs[i].magic == magic)
			return remote_lock_fs[i].name;
	return NULL;
}

void ipcs_require_local_locks(int fd)
{
	const char *name = remote_lock_fs_name(fd);
	if (name)
		IPCS_SKIP("the lock file's filesystem ($TMPDIR, default /tmp) is %s and /dev/shm "
		          "is no tmpfs: its fcntl locks are kept by a remote lock manager, not "
		          "this kernel's (set TMPDIR to a local filesystem)",
		          name);
}

void ipcs_require_ofd_locks(int fd)
{
#ifndef IPCS_NO_OFD_HEADERS
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, 0, 1);
	if (fcntl(fd, F_OFD_GETLK, &fl) == 0)
		return;
	if (errno == EINVAL)
		IPCS_SKIP(
		    "kernel lacks open file description locks (F_OFD_GETLK: EINVAL; Linux 3.15+)");
	if (errno == EBADF)
		return; /* the probe needs a write-capable fd; the case will tell */
	IPCS_BROKEN_ERRNO("probing F_OFD_GETLK");
#else
	(void)fd;
	IPCS_SKIP("C library headers lack F_OFD_SETLK (open file description locks)");
#endif
}

/* ------------------------------------------------------------- the holder */

static void read_full(int fd, void *buf, size_t n, const char *what)
{
	char *p = buf;
	while (n > 0) {
		ssize_t r = read(fd, p, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			IPCS_BROKEN_ERRNO("reading %s", what);
		if (r == 0)
			IPCS_BROKEN("%s: the child ended before answering (see its diagnostics)",
			            what);
		p += r;
		n -= (size_t)r;
	}
}

static void write_full(int fd, const void *buf, size_t n, const char *what)
{
	if (write(fd, buf, n) != (ssize_t)n)
		IPCS_BROKEN_ERRNO("writing %s", what);
}

void ipcs_lock_holder_start(struct ipcs_lock_holder *h, const char *path, int cmd, short type,
                            off_t start, off_t len)
{
	int down[2], up[2];

	IPCS_SAFE(pipe(down));
	IPCS_SAFE(pipe(up));
	h->pid = ipcs_fork();
	if (h->pid == 0) {
		close(down[1]);
		close(up[0]);
		int fd = ipcs_lock_open(path, O_RDWR);
		struct flock fl = ipcs_flock(type, SEEK_SET, start, len);
		if (fcntl(fd, cmd, &fl) < 0)
			IPCS_BROKEN_ERRNO("lock holder: fcntl(%d) of [%lld, +%lld)", cmd,
			                  (long long)start, (long long)len);
		write_full(up[1], "L", 1, "lock holder ready");
		char c;
		while (read(down[0], &c, 1) == 1) {
			fl = ipcs_flock(F_UNLCK, SEEK_SET, start, len);
			IPCS_SAFE(fcntl(fd, cmd, &fl));
			write_full(up[1], "U", 1, "lock holder unlocked");
		}
		_exit(0); /* exits holding whatever it still holds */
	}
	close(down[0]);
	close(up[1]);
	h->cmd_fd = down[1];
	h->ack_fd = up[0];
	char c;
	read_full(h->ack_fd, &c, 1, "lock holder ready");
}

void ipcs_lock_holder_unlock(struct ipcs_lock_holder *h)
{
	char c;
	write_full(h->cmd_fd, "u", 1, "unlock request");
	read_full(h->ack_fd, &c, 1, "lock holder unlocked");
}

void ipcs_lock_holder_end(struct ipcs_lock_holder *h)
{
	close(h->cmd_fd);
	int status = ipcs_wait(h->pid);
	close(h->ack_fd);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		char buf[64];
		IPCS_BROKEN("lock holder %s", ipcs_status_str(status, buf, sizeof buf));
	}
}

/* ---------------------------------------------------------- other process */

struct child_answer {
	int ret;
	int err;
	struct flock fl;
};

int ipcs_fcntl_in_child(const char *path, int cmd, struct flock *fl)
{
	int up[2];
	struct child_answer a;

	IPCS_SAFE(pipe(up));
	pid_t pid = ipcs_fork();
	if (pid == 0) {
		close(up[0]);
		int fd = ipcs_lock_open(path, O_RDWR);
		a.fl = *fl;
		errno = 0;
		a.ret = fcntl(fd, cmd, &a.fl);
		a.err = errno;
		write_full(up[1], &a, sizeof a, "the child's fcntl result");
		_exit(0);
	}
	close(up[1]);
	read_full(up[0], &a, sizeof a, "the child's fcntl result");
	close(up[0]);
	ipcs_wait(pid);
	*fl = a.fl;
	errno = a.err;
	return a.ret;
}

int ipcs_setlk_in_child(const char *path, short type, off_t start, off_t len)
{
	struct flock fl = ipcs_flock(type, SEEK_SET, start, len);
	return ipcs_fcntl_in_child(path, F_SETLK, &fl);
}

struct flock ipcs_getlk_in_child(const char *path, off_t start, off_t len)
{
	struct flock fl = ipcs_flock(F_WRLCK, SEEK_SET, start, len);
	if (ipcs_fcntl_in_child(path, F_GETLK, &fl) < 0)
		IPCS_BROKEN_ERRNO("F_GETLK in a child");
	return fl;
}

/* --------------------------------------------------------------- checks */

bool ipcs_check_lock_conflict_(long ret, int err, const char *file, int line, const char *expr)
{
	if (ret == -1 && (err == EAGAIN || err == EACCES))
		return true;
	char got[64];
	if (ret == -1)
		snprintf(got, sizeof got, "-1 with %s", ipcs_errno_name(err));
	else
		snprintf(got, sizeof got, "%ld (success)", ret);
	ipcs_fail_at(file, line, "-1 with EAGAIN or EACCES", got, 0, "%s", expr);
	return false;
}

static const char *type_name(short t)
{
	switch (t) {
	case F_RDLCK:
		return "F_RDLCK";
	case F_WRLCK:
		return "F_WRLCK";
	case F_UNLCK:
		return "F_UNLCK";
	}
	return "unknown";
}

bool ipcs_check_flock_(const struct flock *got, short type, off_t start, off_t len, pid_t pid,
                       const char *file, int line)
{
	bool ok = true;
	if (got->l_type != type) {
		ipcs_fail_at(file, line, type_name(type), type_name(got->l_type), 0,
		             "l_type (%d, expected %d)", got->l_type, type);
		ok = false;
	}
	ok &= ipcs_check_cmp_(got->l_start, start, "==", file, line, "l_start", "expected l_start",
	                      false);
	ok &= ipcs_check_cmp_(got->l_len, len, "==", file, line, "l_len", "expected l_len", false);
	ok &= ipcs_check_cmp_(got->l_pid, pid, "==", file, line, "l_pid", "expected l_pid", false);
	return ok;
}

/* ------------------------------------------------------------ /proc/locks */

long ipcs_proc_self_pid(void)
{
	char buf[32];
	ssize_t n = readlink("/proc/self", buf, sizeof buf - 1);
	if (n < 0)
		IPCS_BROKEN_ERRNO("readlink(/proc/self)");
	buf[n] = '\0';
	return atol(buf);
}

/* The device and inode /proc/locks uses for the file open on fd, taken from a
 * "lock:" line of /proc/self/fdinfo/<fd> when the process holds a lock through
 * it (st_dev can differ from the superblock's device, as on btrfs); from
 * fstat() otherwise. */
static void lock_key(int fd, unsigned *maj, unsigned *min, unsigned long long *ino)
{
	char name[64], line[256];
	snprintf(name, sizeof name, "/proc/self/fdinfo/%d", fd);
	FILE *f = fopen(name, "r");
	if (f) {
		while (fgets(line, sizeof line, f)) {
			const char *p = strchr(line, ':');
			if (strncmp(line, "lock:", 5) != 0 || !(p = strchr(p + 1, ':')))
				continue;
			if (sscanf(p + 1, "%*s %*s %*s %*s %x:%x:%llu", maj, min, ino) == 3) {
				fclose(f);
				return;
			}
		}
		fclose(f);
	}
	struct stat st;
	IPCS_SAFE(fstat(fd, &st));
	*maj = major(st.st_dev);
	*min = minor(st.st_dev);
	*ino = (unsigned long long)st.st_ino;
}

static int proc_locks_once(unsigned kmaj, unsigned kmin, unsigned long long kino,
                           struct ipcs_lock_line *out, int max)
{
	FILE *f = fopen("/proc/locks", "r");
	if (!f)
		IPCS_BROKEN_ERRNO("fopen(/proc/locks)");

	char line[256];
	int n = 0;
	while (n < max && fgets(line, sizeof line, f)) {
		struct ipcs_lock_line l;
		char tok[3][16], end[32];
		unsigned maj, min;
		unsigned long long ino;
		int off = 0;
		memset(&l, 0, sizeof l);
		if (sscanf(line, "%*d:%n", &off) != 0 || off == 0)
			continue;
		const char *p = line + off;
		while (*p == ' ')
			p++;
		if (strncmp(p, "->", 2) == 0) {
			l.waiter = true;
			p += 2;
		}
		if (sscanf(p, "%15s %15s %15s %ld %x:%x:%llu %lld %31s", tok[0], tok[1], tok[2],
		           &l.pid, &maj, &min, &ino, &l.start, end) != 9)
			continue;
		if (ino != kino || maj != kmaj || min != kmin)
			continue;
		snprintf(l.cls, sizeof l.cls, "%s", tok[0]);
		snprintf(l.mode, sizeof l.mode, "%s", tok[1]);
		snprintf(l.type, sizeof l.type, "%s", tok[2]);
		l.end = strcmp(end, "EOF") == 0 ? -1 : atoll(end);
		out[n++] = l;
	}
	fclose(f);
	return n;
}

static bool same_lines(const struct ipcs_lock_line *a, const struct ipcs_lock_line *b, int n)
{
	for (int i = 0; i < n; i++)
		if (strcmp(a[i].cls, b[i].cls) || strcmp(a[i].mode, b[i].mode) ||
		    strcmp(a[i].type, b[i].type) || a[i].waiter != b[i].waiter ||
		    a[i].pid != b[i].pid || a[i].start != b[i].start || a[i].end != b[i].end)
			return false;
	return true;
}

/* /proc/locks is a seq_file walked page by page: when other processes take
 * or drop locks between two pages of one read, a line can be shown twice or
 * not at all (seen on 6.1 with cases running in parallel). A read counts
 * when the next one shows this file's lines the same. */
int ipcs_proc_locks(int fd, struct ipcs_lock_line *out, int max)
{
	unsigned kmaj, kmin;
	unsigned long long kino;
	lock_key(fd, &kmaj, &kmin, &kino);
	enum { MAX_LINES = 64 };
	struct ipcs_lock_line prev[MAX_LINES], cur[MAX_LINES];
	int cap = max < MAX_LINES ? max : MAX_LINES;
	int np = proc_locks_once(kmaj, kmin, kino, prev, cap), nc = np;
	for (int tries = 0; tries < 20; tries++) {
		nc = proc_locks_once(kmaj, kmin, kino, cur, cap);
		if (nc == np && same_lines(cur, prev, nc))
			break;
		memcpy(prev, cur, (size_t)nc * sizeof cur[0]);
		np = nc;
	}
	memcpy(out, cur, (size_t)nc * sizeof cur[0]);
	return nc;
}
