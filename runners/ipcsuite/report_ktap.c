/*
 * report_ktap.c - --ktap FILE: the run in KTAP version 1, the format of the
 * kernel's Documentation/dev-tools/ktap.rst that kselftest and KUnit results
 * are read in (KernelCI, LAVA's kselftest parsers, kunit.py).
 *
 * Each case is one test, named by its id. Its own TAP points become its
 * subtests: a nested block indented by two spaces (version line, the case's
 * plan, its results; a result out of sequence is passed along as a
 * diagnostic, so that the numbering stays valid), then the case's result
 * line at column 0. Case YAML blocks, comments and anything else a case printed
 * become "# " diagnostic lines, since KTAP discourages YAML and a line that
 * looks structural must not break the nesting.
 *
 * Result lines and directives (ktap.rst lists SKIP, TODO, XFAIL, TIMEOUT and
 * ERROR; a parser that does not know one falls back to ok / not ok):
 *   pass                   ok N id
 *   skip                   ok N id # SKIP reason
 *   fail, leak             not ok N id
 *   timeout                not ok N id # TIMEOUT message
 *   broken, crash,         not ok N id # ERROR message
 *   invalid-tap
 *   expected failure       ok N id # XFAIL expected fail: baseline reason
 *   unexpected pass        not ok N id (a diagnostic says what was expected)
 * An expected failure is "ok ... # XFAIL", as kselftest's ksft_test_result_xfail
 * writes it: it does not need attention, and a reader that ignores XFAIL
 * still sees ok. Its nested block keeps the failing subtests as the case
 * reported them ("not ok"): the baseline, not the case, says they are expected.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "runner.h"

#define STDERR_SHOWN 2048

static bool starts(const char *s, const char *p)
{
	return !strncmp(s, p, strlen(p));
}

/* A description or reason without '#' (KTAP descriptions cannot hold one). */
static void text_into(struct sbuf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n && (s[i + 1] == '#' || s[i + 1] == '\\'))
			i++;
		sb_putc(b, s[i] == '#' ? '_' : s[i]);
	}
}

static void diag_line(struct sbuf *b, const char *indent, const char *key, const char *val)
{
	char *clean = sanitize(val, strlen(val));
	sb_printf(b, "%s# %s%s%s\n", indent, key, *key ? ": " : "", clean);
	free(clean);
}

/* "ok 3 - name # SKIP why" (a case's TAP) -> "ok 3 name # SKIP why", or
 * false when the number is not the next one. */
static bool result_into(struct sbuf *b, const char *l, size_t len, int *next)
{
	bool ok = starts(l, "ok ");
	const char *p = l + (ok ? 3 : 7);
	char *end;
	long n = strtol(p, &end, 10);
	if (end == p || n != *next || (*end && *end != ' '))
		return false;
	(*next)++;
	const char *d = end, *stop = l + len;
	while (d < stop && *d == ' ')
		d++;
	if (d + 1 < stop && d[0] == '-' && d[1] == ' ')
		d += 2;
	const char *hash = d;
	while (hash < stop && *hash != '#')
		hash += *hash == '\\' && hash + 1 < stop ? 2 : 1;
	const char *dend = hash > stop ? stop : hash;
	while (dend > d && dend[-1] == ' ')
		dend--;
	sb_printf(b, "  %s %ld", ok ? "ok" : "not ok", n);
	if (dend > d) {
		sb_putc(b, ' ');
		text_into(b, d, (size_t)(dend - d));
	}
	if (hash < stop) {
		const char *r = hash + 1;
		while (r < stop && *r == ' ')
			r++;
		const char *kw = NULL;
		if (!strncasecmp(r, "skip", 4))
			kw = "SKIP";
		else if (!strncasecmp(r, "todo", 4))
			kw = "TODO";
		if (kw) {
			while (r < stop && ((*r >= 'a' && *r <= 'z') || (*r >= 'A' && *r <= 'Z')))
				r++;
			while (r < stop && (*r == ' ' || *r == ':'))
				r++;
		}
		sb_printf(b, " # %s%s", kw ? kw : "", kw && r < stop ? " " : "");
		text_into(b, r, (size_t)(stop - r));
	}
	sb_putc(b, '\n');
	return true;
}

/* The case's stdout (stored sanitized, one line per \n) as a nested block. */
static void nested(struct sbuf *b, const struct job *j)
{
	const struct tap *t = &j->tap;
	sb_puts(b, "  KTAP version 1\n");
	if (t->have_plan && !t->plan_late)
		sb_printf(b, "  1..%d\n", t->plan_n);
	bool plan_done = !t->have_plan || t->plan_late, version_done = false, yaml = false;
	int next = 1;
	for (const char *l = sb_str(&j->out); *l;) {
		const char *nl = strchr(l, '\n');
		size_t len = nl ? (size_t)(nl - l) : strlen(l);
		char *line = xstrndup(l, len);
		const char *in = line + strspn(line, " ");
		l += len + (nl ? 1 : 0);
		if (yaml) {
			yaml = strcmp(in, "...") != 0;
			if (yaml)
				sb_printf(b, "  # %s\n", in);
		} else if (in != line && !strcmp(in, "---")) {
			yaml = true;
		} else if (!version_done &&
		           (starts(line, "TAP version ") || starts(line, "KTAP version "))) {
			version_done = true;
		} else if (!plan_done && starts(line, "1..")) {
			plan_done = true; /* already written, from the parsed plan */
		} else if ((starts(line, "ok ") || starts(line, "not ok ")) &&
		           result_into(b, line, len, &next)) {
			plan_done = version_done = true;
		} else if (*in == '#') {
			sb_printf(b, "  %s\n", in);
		} else if (*in) {
			sb_printf(b, "  # %s\n", line);
		}
		free(line);
	}
	if (j->out_dropped)
		sb_printf(b, "  # ipcsuite: case output truncated: %zu bytes dropped\n",
		          j->out_dropped);
}

/* Why a case needs attention, as diagnostics before its result line. */
static void why(struct sbuf *b, const struct job *j)
{
	diag_line(b, "", "outcome", outcome_name(j->outcome));
	if (j->message)
		diag_line(b, "", "message", j->message);
	diag_line(b, "", "level", j->c->level);
	char *exit =
	    xasprintf("%s after %.2f s", j->exit_desc ? j->exit_desc : "not run", j->seconds);
	diag_line(b, "", "exit", exit);
	free(exit);
	for (size_t i = 0; i < j->rep.leaks.n; i++)
		diag_line(b, "", "leaked", j->rep.leaks.v[i]);
	if (j->bl != BL_NONE && j->bl_expected) {
		char *s = xasprintf("%s%s%s (expected %s%s%s)", bl_status_name(j->bl),
		                    j->bl_detail ? ": " : "", j->bl_detail ? j->bl_detail : "",
		                    j->bl_expected, j->bl_reason ? ": " : "",
		                    j->bl_reason ? j->bl_reason : "");
		diag_line(b, "", "baseline", s);
		free(s);
	}
	if (j->err_tail.len) {
		char *tail = stderr_tail(j, STDERR_SHOWN);
		for (char *s = tail, *nl; *s; s = nl ? nl + 1 : s + strlen(s)) {
			nl = strchr(s, '\n');
			if (nl)
				*nl = 0;
			diag_line(b, "", "stderr", s);
			if (!nl)
				break;
		}
		free(tail);
	}
}

struct totals {
	int pass, fail, xfail, xpass, skip, error;
};

static void result(struct sbuf *b, const struct job *j, size_t n, struct totals *k)
{
	bool xfail = j->bl == BL_XFAIL, xpass = j->bl == BL_XPASS;
	bool ok = xfail || (!outcome_bad(j->outcome) && !xpass);
	const char *dir = NULL, *data = j->message ? j->message : "";
	char *own = NULL;
	if (xfail) {
		dir = "XFAIL";
		own = xasprintf("expected %s%s%s", j->bl_expected ? j->bl_expected : "failure",
		                j->bl_reason ? ": " : "", j->bl_reason ? j->bl_reason : "");
		data = own;
		k->xfail++;
	} else if (xpass) {
		k->xpass++;
	} else if (j->outcome == O_SKIP) {
		dir = "SKIP";
		k->skip++;
	} else if (j->outcome == O_TIMEOUT) {
		dir = "TIMEOUT";
		k->error++;
	} else if (j->outcome == O_BROKEN || j->outcome == O_CRASH || j->outcome == O_INVALID) {
		dir = "ERROR";
		k->error++;
	} else if (ok) {
		k->pass++;
	} else {
		k->fail++;
	}
	sb_printf(b, "%s %zu ", ok ? "ok" : "not ok", n);
	text_into(b, j->c->id, strlen(j->c->id));
	if (j->runs > 1)
		sb_printf(b, " (run %d of %d)", j->run, j->runs);
	if (dir) {
		char *clean = sanitize(data, strlen(data));
		sb_printf(b, " # %s%s", dir, *clean ? " " : "");
		text_into(b, clean, strlen(clean));
		free(clean);
	}
	sb_putc(b, '\n');
	free(own);
}

int ktap_write(const char *file, const struct run *r)
{
	struct sbuf b = {0};
	struct totals k = {0};
	sb_printf(&b, "KTAP version 1\n1..%zu\n", r->njobs);
	sb_printf(&b, "# ipcsuite %s: kernel %s (%s), libc %s, isolation %s, started %s\n",
	          IPCSUITE_VERSION, r->kernel, r->machine, r->libc, r->iso.desc, r->started);
	size_t ran = 0;
	for (size_t i = 0; i < r->njobs; i++) {
		const struct job *j = &r->jobs[i];
		if (!j->finished)
			continue; /* interrupted: fewer results than the plan says */
		ran++;
		if (j->out.len)
			nested(&b, j);
		for (size_t n = 0; n < j->rep.notes.n; n++)
			diag_line(&b, "", "ipcsuite", j->rep.notes.v[n]);
		if (outcome_bad(j->outcome) || j->bl == BL_XPASS || j->bl == BL_REGRESS)
			why(&b, j);
		result(&b, j, ran, &k);
	}
	for (size_t i = 0; i < r->flaky.n; i++)
		diag_line(&b, "", "flaky (outcome changed between runs)", r->flaky.v[i]);
	if (r->interrupted)
		sb_printf(&b, "# ipcsuite was interrupted: %zu of %zu cases ran\n", ran, r->njobs);
	sb_printf(&b, "# Totals: pass:%d fail:%d xfail:%d xpass:%d skip:%d error:%d\n", k.pass,
	          k.fail, k.xfail, k.xpass, k.skip, k.error);
	sb_printf(&b, "# Wall time: %.1f s\n", r->wall);
	return sb_write_file(&b, file);
}
