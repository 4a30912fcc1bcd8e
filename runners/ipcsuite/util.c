/* util.c - memory, strings, paths and fds: small helpers the runner uses everywhere. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "runner.h"

/* Out of memory in the runner is a runner failure (exit 3), not a crash. */
static void oom(void)
{
	static const char msg[] = "ipcsuite: out of memory\n";
	if (write(2, msg, sizeof msg - 1) < 0) {
		/* nothing more to do */
	}
	_exit(RX_RUNNER);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		n = 0;
	char *p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

static void sb_grow(struct sbuf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	b->s = xrealloc(b->s, cap);
	b->cap = cap;
}

void sb_add(struct sbuf *b, const void *p, size_t n)
{
	sb_grow(b, n);
	memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = 0;
}

void sb_puts(struct sbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

void sb_putc(struct sbuf *b, char c)
{
	sb_add(b, &c, 1);
}

void sb_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s;
	{
		va_list ap2;
		va_copy(ap2, ap);
		int n = vsnprintf(NULL, 0, fmt, ap2);
		va_end(ap2);
		if (n < 0)
			n = 0;
		s = xmalloc((size_t)n + 1);
		vsnprintf(s, (size_t)n + 1, fmt, ap);
	}
	va_end(ap);
	sb_puts(b, s);
	free(s);
}

void sb_free(struct sbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

const char *sb_str(const struct sbuf *b)
{
	return b->s ? b->s : "";
}

void sl_add_own(struct strlist *l, char *s)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n++] = s;
}

void sl_add(struct strlist *l, const char *s)
{
	sl_add_own(l, xstrdup(s));
}

void sl_free(struct strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

bool sl_has(const struct strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return true;
	return false;
}

int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

char *path_join(const char *dir, const char *name)
{
	if (name[0] == '/' || !dir || !dir[0])
		return xstrdup(name);
	size_t n = strlen(dir);
	return xasprintf("%s%s%s", dir, n && dir[n - 1] == '/' ? "" : "/", name);
}

char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

bool path_exists(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0;
}

int write_all(int fd, const void *p, size_t n)
{
	const char *c = p;
	while (n) {
		ssize_t w = write(fd, c, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		c += w;
		n -= (size_t)w;
	}
	return 0;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (flag == FTW_DP || flag == FTW_D)
		rmdir(path);
	else
		unlink(path);
	return 0;
}

int rm_tree(const char *path)
{
	/* FTW_PHYS: a case may leave symlinks; never follow them out of our dir. */
	return nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

void die_runner(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("ipcsuite: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(RX_RUNNER);
}

void warnx_(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("ipcsuite: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

void set_cloexec(int fd)
{
	int fl = fcntl(fd, F_GETFD);
	if (fl >= 0)
		fcntl(fd, F_SETFD, fl | FD_CLOEXEC);
}

void set_nonblock(int fd)
{
	int fl = fcntl(fd, F_GETFL);
	if (fl >= 0)
		fcntl(fd, F_SETFL, fl | O_NONBLOCK);
}

/* The supervisor is forked from a runner holding other cases' pipes: drop them,
 * so that no case's EOF depends on another case's processes. */
void close_other_fds(const int *keep, size_t nkeep)
{
	int fds[1024];
	size_t n = 0;
	DIR *d = opendir("/proc/self/fd");
	if (d) {
		struct dirent *e;
		int self = dirfd(d);
		while ((e = readdir(d)) && n < sizeof fds / sizeof fds[0]) {
			if (e->d_name[0] < '0' || e->d_name[0] > '9')
				continue;
			int fd = atoi(e->d_name);
			if (fd > 2 && fd != self)
				fds[n++] = fd;
		}
		closedir(d);
	} else {
		for (int fd = 3; fd < 1024; fd++)
			fds[n++] = fd;
	}
	for (size_t i = 0; i < n; i++) {
		bool k = false;
		for (size_t j = 0; j < nkeep; j++)
			k |= keep[j] == fds[i];
		if (!k)
			close(fds[i]);
	}
}

int sb_write_file(struct sbuf *b, const char *file)
{
	FILE *f = fopen(file, "w");
	if (!f) {
		warnx_("cannot write %s: %s", file, strerror(errno));
		sb_free(b);
		return -1;
	}
	bool ok = fwrite(sb_str(b), 1, b->len, f) == b->len && fflush(f) == 0 && !ferror(f);
	int e = errno;
	sb_free(b);
	if (fclose(f) != 0 && ok) {
		ok = false;
		e = errno;
	}
	if (!ok) {
		warnx_("cannot write %s: %s", file, strerror(e ? e : EIO));
		return -1;
	}
	return 0;
}
