/*
 * baseline.c - expected outcomes (--expect) and recording them (--record).
 * Format and rules: expected/README.md. The point: a known kernel or libc bug
 * does not make every run red, and anything new does.
 */
#include <ctype.h>
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

/* "fail[t1,t3:broken]": an outcome and its tests, as a baseline writes them. */
static char *spec(const char *outcome, const struct bl_test *t, size_t n)
{
	struct sbuf b = {0};
	sb_puts(&b, outcome);
	for (size_t i = 0; i < n; i++) {
		sb_puts(&b, i ? "," : "[");
		sb_puts(&b, t[i].name);
		if (strcmp(t[i].kind, outcome))
			sb_printf(&b, ":%s", t[i].kind);
	}
	if (n)
		sb_putc(&b, ']');
	return b.s;
}

static bool valid_outcome(const char *s)
{
	static const char *const ok[] = {"pass",    "skip",  "fail",        "broken",
	                                 "timeout", "crash", "invalid-tap", "leak"};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
		if (!strcmp(s, ok[i]))
			return true;
	return false;
}

/* A test name as the protocol has them (C identifiers; '-' and '.' allowed). */
static bool valid_test_name(const char *s, size_t n)
{
	if (!n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && !strchr("_-.", s[i]))
			return false;
	return true;
}

/* "t1,t3:broken" into e->tests; each test's kind defaults to the entry's. */
static int parse_tests(struct bl_entry *e, char *list, const char *where, struct sbuf *err)
{
	size_t cap = 0;
	for (char *p = list;;) {
		char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		char *colon = memchr(p, ':', n);
		size_t nl = colon ? (size_t)(colon - p) : n;
		const char *kind = e->outcome;
		if (colon) {
			if (!strncmp(colon + 1, "fail", n - nl - 1) && n - nl - 1 == 4)
				kind = "fail";
			else if (!strncmp(colon + 1, "broken", n - nl - 1) && n - nl - 1 == 6)
				kind = "broken";
			else {
				sb_printf(err,
				          "%s: test \"%.*s\": a test's kind is :fail or :broken",
				          where, (int)n, p);
				return -1;
			}
		}
		if (!valid_test_name(p, nl)) {
			sb_printf(
			    err,
			    "%s: \"%.*s\" is not a test name (a list is [name,name:broken,...], "
			    "no spaces)",
			    where, (int)n, p);
			return -1;
		}
		for (size_t i = 0; i < e->ntests; i++) {
			if (strlen(e->tests[i].name) == nl && !strncmp(e->tests[i].name, p, nl)) {
				sb_printf(err, "%s: test %.*s named twice", where, (int)nl, p);
				return -1;
			}
		}
		if (e->ntests == cap) {
			cap = cap ? cap * 2 : 4;
			e->tests = xrealloc(e->tests, cap * sizeof *e->tests);
		}
		e->tests[e->ntests].name = xstrndup(p, nl);
		e->tests[e->ntests++].kind = kind;
		if (!comma)
			return 0;
		p = comma + 1;
	}
}

/* "include NAME": NAME.expect (or NAME, or a path) beside the including file. */
static char *include_path(const char *from, const char *name)
{
	if (name[0] == '/')
		return xstrdup(name);
	char *dir = dir_of(from);
	size_t l = strlen(name);
	char *p = strchr(name, '/') || (l > 7 && !strcmp(name + l - 7, ".expect"))
	              ? path_join(dir, name)
	              : xasprintf("%s/%s.expect", dir, name);
	free(dir);
	return p;
}

static int load_file(const char *file, struct baseline *b, size_t *ncap, int depth,
                     struct sbuf *err);

/* An entry for an id that an included file already gave replaces it: the
 * including file (or a later include) refines what it includes. Within one
 * file an id may appear once. */
static int drop_earlier(struct baseline *b, const char *id, const char *file, int lineno,
                        struct sbuf *err)
{
	for (size_t i = 0; i < b->n; i++) {
		if (strcmp(b->v[i].pattern, id))
			continue;
		if (!strcmp(b->v[i].src, file)) {
			sb_printf(err, "%s:%d: %s listed twice (first on line %d)", file, lineno,
			          id, b->v[i].line);
			return -1;
		}
		memmove(&b->v[i], &b->v[i + 1], (b->n - i - 1) * sizeof b->v[0]);
		b->n--;
		return 0;
	}
	return 0;
}

int baseline_load(const char *file, struct baseline *b, struct sbuf *err)
{
	memset(b, 0, sizeof *b);
	b->file = xstrdup(file);
	size_t ncap = 0;
	return load_file(b->file, b, &ncap, 0, err);
}

static int load_file(const char *file, struct baseline *b, size_t *ncap, int depth,
                     struct sbuf *err)
{
	FILE *f = fopen(file, "re");
	if (!f) {
		sb_printf(err, "cannot read baseline %s: %s", file, strerror(errno));
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
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
		if (!strncmp(p, "include", 7) && (p[7] == ' ' || p[7] == '\t')) {
			char *name = p + 8;
			while (*name == ' ' || *name == '\t')
				name++;
			char *e = name + strlen(name);
			while (e > name && (e[-1] == ' ' || e[-1] == '\t'))
				*--e = 0;
			if (!*name || strpbrk(name, " \t")) {
				sb_printf(err, "%s:%d: expected \"include NAME\"", file, lineno);
				rc = -1;
			} else if (depth >= 8) {
				sb_printf(err, "%s:%d: includes nested too deep (a cycle?)", file,
				          lineno);
				rc = -1;
			} else {
				char *inc = include_path(file, name);
				rc = load_file(inc, b, ncap, depth + 1, err);
				if (rc)
					sb_printf(err, " (included from %s:%d)", file, lineno);
				/* entries keep pointing at their file's name: never freed */
			}
			continue;
		}
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
		/* outcome[test,test:kind,...]: the tests that fail in the case */
		char *list = strchr(oc, '[');
		if (list) {
			*list++ = 0;
			size_t ll = strlen(list);
			if (!ll || list[ll - 1] != ']') {
				sb_printf(
				    err,
				    "%s:%d: test list \"[%s\" does not end with \"]\" (no spaces "
				    "in it)",
				    file, lineno, list);
				rc = -1;
				break;
			}
			list[ll - 1] = 0;
		}
		if (!*oc) {
			sb_printf(err, "%s:%d: expected \"<case-id> <outcome> <reason>\"", file,
			          lineno);
			rc = -1;
		} else if (!valid_outcome(oc)) {
			sb_printf(
			    err,
			    "%s:%d: unknown outcome \"%s\" (pass, skip, fail, broken, timeout, "
			    "crash, invalid-tap or leak)",
			    file, lineno, oc);
			rc = -1;
		} else if (strcmp(oc, "pass") && !*reason) {
			sb_printf(err, "%s:%d: entry \"%s %s\" has no reason (required for %s)",
			          file, lineno, id, oc, oc);
			rc = -1;
		} else if (list && strcmp(oc, "fail") && strcmp(oc, "broken")) {
			sb_printf(err, "%s:%d: only fail and broken entries name tests, not %s",
			          file, lineno, oc);
			rc = -1;
		} else if (list && strpbrk(id, "*?[")) {
			sb_printf(err, "%s:%d: a glob (%s) cannot name tests: give each case's id",
			          file, lineno, id);
			rc = -1;
		}
		if (rc == 0)
			rc = drop_earlier(b, id, file, lineno, err);
		if (rc)
			break;
		if (b->n == *ncap) {
			*ncap = *ncap ? *ncap * 2 : 32;
			b->v = xrealloc(b->v, *ncap * sizeof *b->v);
		}
		struct bl_entry *e = &b->v[b->n++];
		memset(e, 0, sizeof *e);
		e->src = file;
		e->pattern = xstrdup(id);
		e->outcome = xstrdup(oc);
		e->reason = *reason ? xstrdup(reason) : NULL;
		e->line = lineno;
		e->glob = strpbrk(id, "*?[") != NULL;
		if (list) {
			char where[64];
			snprintf(where, sizeof where, "%d", lineno);
			char *w = xasprintf("%s:%s", file, where);
			rc = parse_tests(e, list, w, err);
			free(w);
			if (rc)
				break;
		}
		e->expected = spec(e->outcome, e->tests, e->ntests);
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
			warnx_("warning: %s:%d: \"%s\" names no case in the manifest", b->v[i].src,
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

/* The kind of a not-ok test, from its diagnostic (as verdict.c counts it). */
static const char *diag_kind(const struct diag *d)
{
	return d->outcome && !strcmp(d->outcome, "broken") ? "broken" : "fail";
}

static const char *test_name(const struct diag *d)
{
	return d->test && *d->test ? d->test : "(unnamed test)";
}

/* Against an entry that names its failing tests: exactly those tests are
 * not ok, each of its kind (XFAIL); any other not-ok test or another kind
 * is a regression; a named test that is no longer not ok, an unexpected pass. */
static int compare_tests(const struct bl_entry *e, struct job *j)
{
	const struct tap *t = &j->tap;
	struct sbuf news = {0}, gone = {0};
	for (size_t i = 0; i < t->ndiags; i++) {
		const struct diag *d = &t->diags[i];
		const struct bl_test *bt = NULL;
		for (size_t k = 0; k < e->ntests && !bt; k++)
			if (d->test && !strcmp(e->tests[k].name, d->test))
				bt = &e->tests[k];
		if (!bt)
			sb_printf(&news, "%s%s: %s, not named in the baseline",
			          news.len ? "; " : "", test_name(d), diag_kind(d));
		else if (strcmp(bt->kind, diag_kind(d)))
			sb_printf(&news, "%s%s: %s, the baseline expects %s", news.len ? "; " : "",
			          test_name(d), diag_kind(d), bt->kind);
	}
	if (t->diags_dropped)
		sb_printf(&news, "%s%d more test(s) not ok, unnamed", news.len ? "; " : "",
		          t->diags_dropped);
	for (size_t k = 0; k < e->ntests; k++) {
		bool still = false;
		for (size_t i = 0; i < t->ndiags && !still; i++)
			still = t->diags[i].test && !strcmp(t->diags[i].test, e->tests[k].name);
		if (!still)
			sb_printf(&gone, "%s%s", gone.len ? ", " : "", e->tests[k].name);
	}
	int st = BL_XFAIL;
	if (news.len) {
		j->bl_detail = xstrdup(sb_str(&news));
		st = BL_REGRESS;
	} else if (gone.len) {
		j->bl_detail = xasprintf("no longer failing: %s", sb_str(&gone));
		st = BL_XPASS;
	}
	sb_free(&news);
	sb_free(&gone);
	return st;
}

void baseline_compare(const struct baseline *b, struct job *j)
{
	const struct bl_entry *e = lookup(b, j->c->id);
	const char *exp = e ? e->outcome : "pass"; /* absent means expected pass */
	free(j->bl_expected);
	free(j->bl_reason);
	free(j->bl_detail);
	j->bl_expected = xstrdup(e ? e->expected : "pass");
	j->bl_reason = e && e->reason ? xstrdup(e->reason) : NULL;
	j->bl_detail = NULL;
	j->bl_differs = false;
	enum outcome a = j->outcome;
	bool exp_bad = strcmp(exp, "pass") && strcmp(exp, "skip");
	if (a == O_PASS) {
		j->bl = exp_bad ? BL_XPASS : !strcmp(exp, "skip") ? BL_DIFFERS : BL_OK;
	} else if (a == O_SKIP) {
		j->bl = !strcmp(exp, "skip") ? BL_OK : BL_DIFFERS;
	} else if (!exp_bad) {
		j->bl = BL_REGRESS;
	} else if (strcmp(outcome_name(a), exp)) {
		/* expected one kind of failure, got another (fail -> broken, crash,
		 * timeout...): what goes wrong has changed, so it is news */
		j->bl = BL_REGRESS;
		j->bl_differs = true;
		j->bl_detail = xstrdup(outcome_name(a));
	} else {
		j->bl = e->ntests ? compare_tests(e, j) : BL_XFAIL;
	}
}

static void one_line(struct sbuf *b, const char *s)
{
	char *c = sanitize(s, strlen(s));
	sb_puts(b, *c ? c : "(no reason given)");
	free(c);
}

/* The not-ok tests of a failed case, when every one is known by a name that
 * a baseline can hold; NULL otherwise (the entry then names the whole case). */
static char *failing_tests(const struct job *j)
{
	const struct tap *t = &j->tap;
	if ((j->outcome != O_FAIL && j->outcome != O_BROKEN) || !t->ndiags || t->diags_dropped ||
	    (int)t->ndiags != t->n_notok)
		return NULL;
	const char *oc = outcome_name(j->outcome);
	struct bl_test *v = xcalloc(t->ndiags, sizeof *v);
	char *s = NULL;
	size_t i;
	for (i = 0; i < t->ndiags; i++) {
		const struct diag *d = &t->diags[i];
		if (!d->test || !valid_test_name(d->test, strlen(d->test)))
			break;
		size_t k;
		for (k = 0; k < i && strcmp(v[k].name, d->test); k++)
			;
		if (k < i)
			break; /* the same name twice: not a list a baseline can hold */
		v[i].name = d->test;
		v[i].kind = diag_kind(d);
	}
	if (i == t->ndiags)
		s = spec(oc, v, t->ndiags);
	free(v);
	return s;
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
	sb_puts(&b, "# format: <case-id> <outcome>[<failing tests>] <reason>; see "
	            "expected/README.md\n");
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
		char *tests = failing_tests(j);
		sb_printf(&b, "%s %s ", j->c->id, tests ? tests : outcome_name(j->outcome));
		free(tests);
		one_line(&b, j->message ? j->message : "");
		sb_putc(&b, '\n');
	}
	return sb_write_file(&b, file);
}
