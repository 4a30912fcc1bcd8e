/*
 * records.c - the cleanup records a case appends to $IPCSUITE_RECORDS
 * (docs/case-protocol.md, "Cleanup records"). An ADD with no later DEL is an
 * object still there: after the case ended (or was killed) we remove it, and
 * write back sysctl values, newest first so the oldest value wins.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runner.h"

struct rec {
	char *kind, *id, *name, *value;
	bool live;
};

static char *unescape(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;
	for (; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			*o++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s;
		} else {
			*o++ = *s;
		}
	}
	*o = 0;
	return out;
}

static bool same(const struct rec *a, const char *kind, const char *id, const char *name)
{
	return !strcmp(a->kind, kind) && !strcmp(a->id, id) && !strcmp(a->name, name);
}

static int remove_rec(const struct rec *r, const char *mqdir)
{
	struct ipcobj o = {0};
	snprintf(o.kind, sizeof o.kind, "%s", r->kind);
	o.id = strtol(r->id, NULL, 10);
	if (!strcmp(r->kind, "sem") || !strcmp(r->kind, "msg") || !strcmp(r->kind, "shm"))
		return ipcobj_remove(&o, mqdir);
	if (!strcmp(r->kind, "file"))
		return remove(r->name);
	const char *n = r->name[0] == '/' ? r->name + 1 : r->name;
	if (!strcmp(r->kind, "psem")) {
		char *p = xasprintf("sem.%s", n);
		o.name = p;
		snprintf(o.kind, sizeof o.kind, "pshm");
		int rc = ipcobj_remove(&o, mqdir);
		free(p);
		return rc;
	}
	if (!strcmp(r->kind, "pshm") || !strcmp(r->kind, "mq")) {
		o.name = (char *)n;
		return ipcobj_remove(&o, mqdir);
	}
	if (!strcmp(r->kind, "sysctl")) {
		int fd = open(r->name, O_WRONLY | O_TRUNC | O_CLOEXEC);
		if (fd < 0)
			return -1;
		int rc = write_all(fd, r->value, strlen(r->value));
		int e = errno;
		close(fd);
		errno = e;
		return rc;
	}
	errno = EINVAL;
	return -1;
}

void records_cleanup(const char *file, const char *mqdir, bool files_only, struct strlist *notes)
{
	FILE *f = fopen(file, "re");
	if (!f)
		return; /* the case wrote none */
	struct rec *v = NULL;
	size_t n = 0, cap = 0;
	char *line = NULL;
	size_t lcap = 0;
	ssize_t len;
	while ((len = getline(&line, &lcap, f)) >= 0) {
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = 0;
		char *field[5] = {0};
		int nf = 0;
		for (char *p = line; nf < 5;) {
			field[nf++] = p;
			char *tab = strchr(p, '\t');
			if (!tab)
				break;
			*tab = 0;
			p = tab + 1;
		}
		if (nf < 4)
			continue; /* FAIL, NOTE...: the library's own */
		bool add = !strcmp(field[0], "ADD"), del = !strcmp(field[0], "DEL");
		if (!add && !del)
			continue;
		char *name = unescape(field[3]);
		if (del) {
			for (size_t i = n; i-- > 0;) {
				if (v[i].live && same(&v[i], field[1], field[2], name)) {
					v[i].live = false;
					break;
				}
			}
			free(name);
			continue;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			v = xrealloc(v, cap * sizeof *v);
		}
		v[n].kind = xstrdup(field[1]);
		v[n].id = xstrdup(field[2]);
		v[n].name = name;
		v[n].value = unescape(field[4] ? field[4] : "");
		v[n].live = true;
		n++;
	}
	free(line);
	fclose(f);
	for (size_t i = n; i-- > 0;) {
		struct rec *r = &v[i];
		if (r->live && (!files_only || !strcmp(r->kind, "file"))) {
			const char *what = strcmp(r->kind, "sem") && strcmp(r->kind, "msg") &&
			                           strcmp(r->kind, "shm")
			                       ? r->name
			                       : r->id;
			if (remove_rec(r, mqdir) == 0)
				sl_add_own(
				    notes,
				    xasprintf("cleanup record: %s %s %s", r->kind, what,
				              strcmp(r->kind, "sysctl") ? "removed" : "restored"));
			else if (errno != ENOENT && errno != EINVAL && errno != EIDRM)
				sl_add_own(notes, xasprintf("cleanup record: %s %s: could not "
				                            "clean up: %s",
				                            r->kind, what, errno_name(errno)));
		}
		free(r->kind);
		free(r->id);
		free(r->name);
		free(r->value);
	}
	free(v);
}
