/* pipe.c - pipes and FIFOs for cases/pipe and cases/fifo. */
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "ipcsuite_pipe.h"

void ipcs_pipe(int fds[2])
{
	IPCS_SAFE(pipe(fds));
}

const char *ipcs_fifo_path(char *buf, size_t size)
{
	/* mkstemp reserves a unique name; registering before unlinking it
	 * means the name is removed whatever the case later makes there. */
	ipcs_temp_file(buf, size);
	if (unlink(buf) == -1)
		IPCS_BROKEN_ERRNO("unlink(%s)", buf);
	return buf;
}

const char *ipcs_temp_fifo(char *buf, size_t size)
{
	ipcs_fifo_path(buf, size);
	if (mkfifo(buf, 0600) == -1)
		IPCS_BROKEN_ERRNO("mkfifo(%s, 0600)", buf);
	return buf;
}

void ipcs_set_nonblock(int fd, int on)
{
	int fl = (int)IPCS_SAFE(fcntl(fd, F_GETFL));
	IPCS_SAFE(fcntl(fd, F_SETFL, on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK));
}

size_t ipcs_pipe_fill(int wfd)
{
	static char chunk[4096];
	size_t total = 0;
	int fl = (int)IPCS_SAFE(fcntl(wfd, F_GETFL));

	ipcs_set_nonblock(wfd, 1);
	/* Whole chunks first, then single bytes into the last partial page. */
	for (size_t len = sizeof chunk; len > 0; len = len == 1 ? 0 : 1) {
		for (;;) {
			ssize_t n = write(wfd, chunk, len);
			if (n > 0) {
				total += (size_t)n;
				continue;
			}
			if (n == -1 && errno == EAGAIN)
				break;
			IPCS_BROKEN_ERRNO("filling the pipe: write returned %zd", n);
		}
	}
	IPCS_SAFE(fcntl(wfd, F_SETFL, fl));
	return total;
}

int ipcs_pipe_unread(int fd)
{
	int n = -1;
	IPCS_SAFE(ioctl(fd, FIONREAD, &n));
	return n;
}

void ipcs_pipe_write_records(int wfd, char tag, size_t reclen, int nrec)
{
	char *buf = malloc(reclen);
	if (!buf)
		IPCS_BROKEN("out of memory");
	memset(buf, tag, reclen);
	for (int i = 0; i < nrec; i++)
		IPCS_ASSERT_EQ(write(wfd, buf, reclen), (ssize_t)reclen);
	free(buf);
}

void ipcs_pipe_check_records(int rfd, size_t reclen, int ntags, int nrec)
{
	char *rec = malloc(reclen);
	int counts[26] = {0};
	size_t fill = 0, offset = 0;
	bool mixed = false;

	if (!rec || ntags > 26)
		IPCS_BROKEN("ipcs_pipe_check_records: bad arguments");
	for (;;) {
		ssize_t n = read(rfd, rec + fill, reclen - fill);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			IPCS_BROKEN_ERRNO("read");
		if (n == 0)
			break;
		fill += (size_t)n;
		if (fill < reclen)
			continue;
		/* one whole record: every byte must be its first byte */
		size_t i = 1;
		while (i < reclen && rec[i] == rec[0])
			i++;
		if (i < reclen && !mixed) {
			mixed = true;
			char exp[64], got[96];
			snprintf(exp, sizeof exp, "%zu bytes of '%c'", reclen, rec[0]);
			snprintf(got, sizeof got, "'%c' at byte %zu of the record at offset %zu",
			         rec[i], i, offset);
			ipcs_fail_at(__FILE__, __LINE__, exp, got, 0,
			             "a write of %zu bytes was interleaved with another", reclen);
		}
		if (rec[0] >= 'a' && rec[0] < 'a' + ntags)
			counts[rec[0] - 'a']++;
		offset += reclen;
		fill = 0;
	}
	IPCS_EXPECT_EQ(fill, 0);
	for (int t = 0; t < ntags; t++)
		IPCS_EXPECT_EQ(counts[t], nrec);
	free(rec);
}

void ipcs_pipe_write_expecting_sigpipe(int wfd)
{
	sigset_t none;
	char got[64];

	signal(SIGPIPE, SIG_DFL);
	sigemptyset(&none);
	IPCS_SAFE(sigprocmask(SIG_SETMASK, &none, NULL));
	errno = 0;
	ssize_t n = write(wfd, "x", 1);
	int err = n == -1 ? errno : 0;
	if (n == -1)
		snprintf(got, sizeof got, "write returned -1 (%s)", ipcs_errno_name(err));
	else
		snprintf(got, sizeof got, "write returned %zd", n);
	ipcs_fail_at(__FILE__, __LINE__, "death by SIGPIPE", got, err,
	             "a write to a pipe or FIFO without readers returned");
}

void ipcs_pipe_become_fresh_user(long nfiles)
{
	struct rlimit rl;
	struct timespec ts;
	uint32_t h = 2166136261u; /* FNV-1a of the case id, then the clock */

	if (!ipcs_have_cap(IPCS_CAP_SETUID) || !ipcs_have_cap(IPCS_CAP_SETGID))
		IPCS_SKIP("needs CAP_SETUID and CAP_SETGID to take a uid that holds no pipes (the "
		          "per-user pipe page count of this uid includes its other processes)");
	IPCS_SAFE(getrlimit(RLIMIT_NOFILE, &rl));
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < (rlim_t)nfiles)
		IPCS_SKIP("needs %ld descriptors; the hard RLIMIT_NOFILE is %llu", nfiles,
		          (unsigned long long)rl.rlim_max);
	if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur < (rlim_t)nfiles) {
		rl.rlim_cur = (rlim_t)nfiles;
		IPCS_SAFE(setrlimit(RLIMIT_NOFILE, &rl));
	}
	clock_gettime(CLOCK_MONOTONIC, &ts);
	for (const char *p = ipcs_case_info.id; *p; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	h = (h ^ (uint32_t)ts.tv_nsec ^ (uint32_t)getpid()) * 16777619u;
	/* 0x70000000..0x77ffffff: far above any account's uid, below the
	 * (uid_t)-1 and 0xfffe overflow ids. */
	uid_t uid = (uid_t)(0x70000000u + (h & 0x07ffffffu));
	ipcs_become_ids(uid, ipcs_user_gid(0), NULL, 0);
}

long ipcs_pipe_limit(const char *name)
{
	char path[128];

	snprintf(path, sizeof path, "/proc/sys/fs/%s", name);
	if (access(path, F_OK) == -1 && errno == ENOENT)
		return -1;
	return ipcs_read_proc_long(path);
}

long ipcs_pipe_require_reachable_soft_limit(void)
{
	long soft = ipcs_pipe_limit("pipe-user-pages-soft");
	if (soft < 0)
		IPCS_SKIP("no /proc/sys/fs/pipe-user-pages-soft here: no per-user pipe limits");
	if (soft == 0)
		IPCS_SKIP("pipe-user-pages-soft is 0 here: no soft limit");
	if (soft > 65536)
		IPCS_SKIP("pipe-user-pages-soft is %ld here: too many pipes to reach it", soft);
	long hard = ipcs_pipe_limit("pipe-user-pages-hard");
	if (hard > 0 && hard < soft + 64)
		IPCS_SKIP("pipe-user-pages-hard is %ld here: it would refuse pipes near the soft "
		          "limit",
		          hard);
	return soft;
}

int ipcs_pipe_size(int fd)
{
	return (int)IPCS_SAFE(fcntl(fd, F_GETPIPE_SZ));
}

int ipcs_pipe_until_small(int *wends, int max)
{
	int first = 0;

	for (int n = 0; n < max; n++) {
		int p[2];
		ipcs_pipe(p);
		IPCS_SAFE(close(p[0]));
		wends[n] = p[1];
		int size = ipcs_pipe_size(p[1]);
		if (n == 0)
			first = size;
		else if (size < first)
			return n + 1;
	}
	return max;
}

/* A mount(2) the system may refuse (a chroot whose root is no mount point:
 * EINVAL; a sandbox without bind mounts: EPERM, ENOSYS): a skip. */
static void mount_or_skip(const char *src, const char *target, unsigned long flags,
                          const char *what)
{
	if (mount(src, target, NULL, flags, NULL) == 0)
		return;
	if (errno == EINVAL || errno == EPERM || errno == ENOSYS || errno == EACCES)
		IPCS_SKIP("cannot make a read-only mount here: %s failed with %s", what,
		          ipcs_errno_name(errno));
	IPCS_BROKEN_ERRNO("mount(%s) for %s", target, what);
}

void ipcs_readonly_dir_here(const char *dir)
{
	struct statvfs vfs;

	if (ipcs_have_cap(IPCS_CAP_SYS_ADMIN)) {
		IPCS_SAFE(unshare(CLONE_NEWNS));
	} else if (unshare(CLONE_NEWUSER | CLONE_NEWNS) == -1) {
		if (errno == EPERM || errno == EINVAL || errno == ENOSPC || errno == EACCES)
			IPCS_SKIP(
			    "cannot get a mount namespace to make %s read-only: without "
			    "CAP_SYS_ADMIN, unshare(CLONE_NEWUSER|CLONE_NEWNS) failed with %s",
			    dir, ipcs_errno_name(errno));
		IPCS_BROKEN_ERRNO("unshare(CLONE_NEWUSER|CLONE_NEWNS)");
	}
	/* nothing done here may reach the caller's namespace */
	mount_or_skip(NULL, "/", MS_REC | MS_PRIVATE, "making every mount private");
	mount_or_skip(dir, dir, MS_BIND, "a bind mount of the temp directory");
	mount_or_skip(NULL, dir, MS_REMOUNT | MS_BIND | MS_RDONLY, "remounting it read-only");
	IPCS_SAFE(statvfs(dir, &vfs));
	if (!(vfs.f_flag & ST_RDONLY))
		IPCS_BROKEN("%s is still writable after a read-only bind mount", dir);
}
