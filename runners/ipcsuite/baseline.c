/*
 * baseline.c - expected outcomes (--expect) and recording them (--record).
 * Format and rules: expected/README.md. The point: a known kernel or libc bug
 * does not make every run red, and anything new does.
 */
#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>

#include "runner.h"

const char *bl_status_name(int s)
{
	switch (s) {
	case BL_OK:
		return "as expected";
	case BL_XFAIL:
		return "expected failure";
	case BL_XPASS:
		return "unexpected pass";
	case BL_REGRESS:
		return "regression";
	case BL_DIFFERS:
		return "outcome differs from baseline";
	default:
		return "no baseline";
	}
}

char *baseline_locate(const char *name, const char *exe_dir)
{
	if (strchr(name, '/') || path_exists(name))
		return xstrdup(name);
	size_t l = strlen(name);
	char *file = l > 7 && !strcmp(name + l - 7, ".expect") ? xstrdup(name)
	                                                       : xasprintf("%s.expect", name);
	char *found = NULL;
	const char *env = getenv("IPCSUITE_EXPECTED_DIR");
	char *dirs[3] = {env && *env ? xstrdup(env) : NULL,
	                 exe_dir ? path_join(exe_dir, "expected") : NULL,
	                 exe_dir ? path_join(exe_dir, "../share/ipcsuite/expected") : NULL};
	for (int i = 0; i < 3; i++) {
		if (!found && dirs[i]) {
			char *p = path_join(dirs[i], file);
			if (path_exists(p))
				found = p;
			else
				free(p);
		}
		free(dirs[i]);
	}
	free(file);
	return found;
}

static bool valid_outcome(const char *s)
{
	return !strcmp(s, "pass") || !strcmp(s, "fail") || !strcmp(s, "broken") ||
	       !strcmp(s, "skip");
}

int baseline_load(const char *file, struct baseline *b, struct sbuf *err)
{
	memset(b, 0, sizeof *b);
	b->file = xstrdup(file);
	FILE *f = fopen(file, "re");
	if (!f) {
		sb_printf(err, "cannot read baseline %s: %s", file, strerror(errno));
		return -1;
	}
	char *line = NULL;
	size_t cap = 0, ncap = 0;
	ssize_t len;
	int lineno = 0, rc = 0;
	while (rc == 0 && (len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = 0;
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p || *p == '#')
			continue;
		char *id = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
		char *id_end = p;
		while (*p == ' ' || *p == '\t')
			p++;
		char *oc = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
		char *oc_end = p;
		while (*p == ' ' || *p == '\t')
			p++;
		char *reason = p;
		char *end = reason + strlen(reason);
		while (end > reason && (end[-1] == ' ' || end[-1] == '\t'))
			*--end = 0;
		*id_end = 0;
		*oc_end = 0;
		if (!*oc) {
			sb_printf(err, "%s:%d: expected \"<case-id> <outcome> <reason>\"", file,
			          lineno);
			rc = -1;
		} else if (!valid_outcome(oc)) {
			sb_printf(err, "%s:%d: unknown outcome \"%s\" (pass, fail, broken or skip)",
			          file, lineno, oc);
			rc = -1;
		} else if (strcmp(oc, "pass") && !*reason) {
			sb_printf(err, "%s:%d: entry \"%s %s\" has no reason (required for %s)",
			          file, lineno, id, oc, oc);
			rc = -1;
		}
		for (size_t i = 0; rc == 0 && i < b->n; i++) {
			if (!strcmp(b->v[i].pattern, id)) {
				sb_printf(err, "%s:%d: %s listed twice (first on line %d)", file,
				          lineno, id, b->v[i].line);
				rc = -1;
			}
		}
		if (rc)
			break;
		if (b->n == ncap) {
			ncap = ncap ? ncap * 2 : 32;
			b->v = xrealloc(b->v, ncap * sizeof *b->v);
		}
		struct bl_entry *e = &b->v[b->n++];
		memset(e, 0, sizeof *e);
		e->pattern = xstrdup(id);
		e->outcome = xstrdup(oc);
		e->reason = *reason ? xstrdup(reason) : NULL;
		e->line = lineno;
		e->glob = strpbrk(id, "*?[") != NULL;
	}
	free(line);
	fclose(f);
	return rc;
}

void baseline_warn_unknown(const struct baseline *b, const struct manifest *m)
{
	for (size_t i = 0; i < b->n; i++) {
		bool any = false;
		for (size_t k = 0; k < m->n && !any; k++)
			any = !fnmatch(b->v[i].pattern, m->cases[k].id, 0);
		if (!any)
			warnx_("warning: %s:%d: \"%s\" names no case in the manifest", b->file,
			       b->v[i].line, b->v[i].pattern);
	}
}

static const struct bl_entry *lookup(const struct baseline *b, const char *id)
{
	const struct bl_entry *glob = NULL;
	for (size_t i = 0; i < b->n; i++) {
		if (!b->v[i].glob && !strcmp(b->v[i].pattern, id))
			return &b->v[i]; /* an exact entry beats any glob */
		if (b->v[i].glob && !fnmatch(b->v[i].pattern, id, 0))
			glob = &b->v[i]; /* the last matching glob wins */
	}
	return glob;
}

void baseline_compare(const struct baseline *b, struct job *j)
{
	const struct bl_entry *e = lookup(b, j->c->id);
	const char *exp = e ? e->outcome : "pass"; /* absent means expected pass */
	free(j->bl_expected);
	free(j->bl_reason);
	j->bl_expected = xstrdup(exp);
	j->bl_reason = e && e->reason ? xstrdup(e->reason) : NULL;
	j->bl_differs = false;
	enum outcome a = j->outcome;
	bool exp_bad = !strcmp(exp, "fail") || !strcmp(exp, "broken");
	if (a == O_PASS)
		j->bl = exp_bad ? BL_XPASS : !strcmp(exp, "skip") ? BL_DIFFERS : BL_OK;
	else if (a == O_SKIP)
		j->bl = !strcmp(exp, "skip") ? BL_OK : BL_DIFFERS;
	else if (!exp_bad)
		j->bl = BL_REGRESS;
	else {
		/* expected some failure: any failure is "expected", but a different
		 * kind (crash instead of fail...) is listed as differing */
		j->bl = BL_XFAIL;
		j->bl_differs = strcmp(outcome_name(a), exp) != 0;
	}
}

static void one_line(struct sbuf *b, const char *s)
{
	char *c = sanitize(s, strlen(s));
	sb_puts(b, *c ? c : "(no reason given)");
	free(c);
}

int baseline_record(const char *file, struct job *jobs, size_t n, const char *libc)
{
	struct sbuf b = {0};
	struct utsname u;
	char date[32] = "?";
	time_t t = time(NULL);
	struct tm tm;
	if (gmtime_r(&t, &tm))
		strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm);
	sb_printf(&b, "# ipcsuite baseline, recorded %s by ipcsuite %s\n", date, IPCSUITE_VERSION);
	if (uname(&u) == 0)
		sb_printf(&b, "# kernel: %s %s (%s); libc: %s\n", u.sysname, u.release, u.machine,
		          libc);
	sb_puts(&b, "# format: <case-id> <outcome> <reason>; see expected/README.md\n");
	for (size_t i = 0; i < n; i++) {
		struct job *j = &jobs[i];
		if (!j->finished)
			continue;
		/* one entry per case: its first non-pass run */
		bool earlier = false;
		for (size_t k = 0; k < i && !earlier; k++)
			earlier =
			    jobs[k].c == j->c && jobs[k].finished && jobs[k].outcome != O_PASS;
		if (earlier || j->outcome == O_PASS)
			continue;
		const char *oc = j->outcome == O_SKIP     ? "skip"
		                 : j->outcome == O_BROKEN ? "broken"
		                                          : "fail";
		sb_printf(&b, "%s %s ", j->c->id, oc);
		if (j->outcome != O_SKIP && j->outcome != O_FAIL && j->outcome != O_BROKEN)
			sb_printf(&b, "%s: ", outcome_name(j->outcome));
		one_line(&b, j->message ? j->message : "");
		sb_putc(&b, '\n');
	}
	return sb_write_file(&b, file);
}
