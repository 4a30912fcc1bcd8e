/*
 * tap_parse.c - a small, strict, streaming TAP 13 parser for one case's
 * stdout. It never trusts the input: every line is bounded, every oddity is
 * remembered as a "problem" (which makes the case invalid-tap), and what a
 * case may legitimately print (comments, blank lines, indented subtests) is
 * tolerated. Only the first problem is kept; one is enough to fail the case.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "runner.h"

#define MAX_DIAGS 64

void tap_init(struct tap *t)
{
	memset(t, 0, sizeof *t);
	t->next_number = 1;
	t->version = 12; /* no version line */
}

static void problem(struct tap *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void problem(struct tap *t, const char *fmt, ...)
{
	if (t->problem)
		return;
	va_list ap;
	va_start(ap, fmt);
	char msg[256];
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	t->problem = xasprintf("line %d: %s", t->lineno, msg);
}

static bool starts(const char *s, size_t n, const char *prefix)
{
	size_t l = strlen(prefix);
	return n >= l && !memcmp(s, prefix, l);
}

/* TAP escapes in descriptions and reasons: \# and \\. */
static char *tap_unescape(const char *s, size_t n)
{
	char *out = xmalloc(n + 1), *o = out;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n && (s[i + 1] == '#' || s[i + 1] == '\\'))
			i++;
		*o++ = s[i];
	}
	*o = 0;
	/* trim */
	while (o > out && (o[-1] == ' ' || o[-1] == '\t'))
		*--o = 0;
	return out;
}

/* Splits "desc # DIRECTIVE reason" at the first unescaped '#'. */
static void split_directive(const char *s, size_t n, char **desc, int *dir, char **reason)
{
	size_t i;
	*dir = 0;
	*reason = NULL;
	for (i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			i++;
			continue;
		}
		if (s[i] == '#')
			break;
	}
	*desc = tap_unescape(s, i);
	if (i >= n)
		return;
	size_t j = i + 1;
	while (j < n && s[j] == ' ')
		j++;
	if (n - j >= 4 && !strncasecmp(s + j, "skip", 4))
		*dir = 'S';
	else if (n - j >= 4 && !strncasecmp(s + j, "todo", 4))
		*dir = 'T';
	else
		return; /* a plain comment after the description */
	while (j < n && isalpha((unsigned char)s[j]))
		j++;
	while (j < n && (s[j] == ' ' || s[j] == ':'))
		j++;
	*reason = tap_unescape(s + j, n - j);
}

/* YAML double-quoted scalar (the subset the protocol's library writes). */
static char *yaml_dq(const char *s, size_t n)
{
	struct sbuf b = {0};
	size_t i = 1;
	for (; i < n && s[i] != '"'; i++) {
		if (s[i] != '\\' || i + 1 >= n) {
			sb_putc(&b, s[i]);
			continue;
		}
		char e = s[++i];
		switch (e) {
		case 'n':
			sb_putc(&b, '\n');
			break;
		case 't':
			sb_putc(&b, '\t');
			break;
		case 'r':
			sb_putc(&b, '\r');
			break;
		case '0':
			sb_puts(&b, "\\0");
			break;
		case 'x':
		case 'u': {
			size_t digits = e == 'x' ? 2 : 4;
			unsigned v = 0;
			size_t k;
			for (k = 0; k < digits && i + 1 < n && isxdigit((unsigned char)s[i + 1]);
			     k++) {
				char c = s[++i];
				v = v * 16 + (unsigned)(isdigit((unsigned char)c)
				                            ? c - '0'
				                            : (tolower(c) - 'a' + 10));
			}
			if (v < 0x80 && v) {
				sb_putc(&b, (char)v);
			} else if (v < 0x800) {
				sb_putc(&b, (char)(0xc0 | (v >> 6)));
				sb_putc(&b, (char)(0x80 | (v & 0x3f)));
			} else {
				sb_putc(&b, (char)(0xe0 | (v >> 12)));
				sb_putc(&b, (char)(0x80 | ((v >> 6) & 0x3f)));
				sb_putc(&b, (char)(0x80 | (v & 0x3f)));
			}
			break;
		}
		default:
			sb_putc(&b, e);
		}
	}
	return b.s ? b.s : xstrdup("");
}

static void yaml_line(struct tap *t, const char *s, size_t n)
{
	/* only top-level keys: "  key: value" (deeper lines belong to lists) */
	if (n < 3 || s[2] == ' ' || s[2] == '-' || !t->cur_diag)
		return;
	s += 2;
	n -= 2;
	size_t k = 0;
	while (k < n && (isalnum((unsigned char)s[k]) || s[k] == '_' || s[k] == '-'))
		k++;
	if (!k || k >= n || s[k] != ':')
		return;
	size_t v = k + 1;
	while (v < n && s[v] == ' ')
		v++;
	if (v >= n)
		return; /* "diagnostics:" and other nested values */
	char *val;
	if (s[v] == '"') {
		val = yaml_dq(s + v, n - v);
	} else {
		size_t e = n;
		while (e > v && (s[e - 1] == ' ' || s[e - 1] == '\r'))
			e--;
		if (e - v >= 2 && s[v] == '\'' && s[e - 1] == '\'')
			val = xstrndup(s + v + 1, e - v - 2);
		else
			val = xstrndup(s + v, e - v);
	}
	char *key = xstrndup(s, k);
	struct diag *d = t->cur_diag;
	if (diag_get(d, key) || d->nkv >= DIAG_KEYS) {
		free(key);
		free(val);
		return;
	}
	d->key[d->nkv] = key;
	d->val[d->nkv++] = val;
	if (!strcmp(key, "outcome")) {
		d->outcome = xstrdup(val);
		if (!strcmp(val, "broken"))
			t->n_notok_broken++;
	}
}

const char *diag_get(const struct diag *d, const char *key)
{
	for (size_t i = 0; i < d->nkv; i++)
		if (!strcmp(d->key[i], key))
			return d->val[i];
	return NULL;
}

static void result_line(struct tap *t, const char *s, size_t n, bool ok)
{
	size_t i = ok ? 2 : 6;
	while (i < n && s[i] == ' ')
		i++;
	int number = 0;
	bool numbered = false;
	while (i < n && isdigit((unsigned char)s[i]) && number < 100000000) {
		number = number * 10 + (s[i++] - '0');
		numbered = true;
	}
	if (numbered && i < n && s[i] != ' ') {
		problem(t, "malformed test line");
		return;
	}
	if (!numbered)
		number = t->next_number;
	else if (number != t->next_number)
		problem(t, "test number %d out of sequence (expected %d)", number, t->next_number);
	t->next_number = number + 1;
	t->results++;
	if (t->have_plan && !t->plan_late && t->results > t->plan_n)
		problem(t, "more test results than the plan (1..%d) announced", t->plan_n);
	while (i < n && s[i] == ' ')
		i++;
	if (i < n && s[i] == '-') {
		i++;
		while (i < n && s[i] == ' ')
			i++;
	}
	char *desc, *reason;
	int dir;
	split_directive(s + i, n - i, &desc, &dir, &reason);
	t->yaml_allowed = true;
	t->cur_diag = NULL;
	if (dir == 'T') {
		t->n_todo++;
	} else if (ok) {
		t->n_ok++;
		if (dir == 'S') {
			t->n_skip++;
			if (!t->first_skip_reason)
				t->first_skip_reason = xstrdup(reason && *reason ? reason : desc);
		}
	} else {
		t->n_notok++;
		if (t->ndiags < MAX_DIAGS) {
			if (t->ndiags == t->diag_cap) {
				t->diag_cap = t->diag_cap ? t->diag_cap * 2 : 4;
				t->diags = xrealloc(t->diags, t->diag_cap * sizeof *t->diags);
			}
			struct diag *d = &t->diags[t->ndiags++];
			memset(d, 0, sizeof *d);
			d->test = desc;
			desc = NULL;
			d->number = number;
			t->cur_diag = d;
		} else {
			t->diags_dropped++;
		}
	}
	free(desc);
	free(reason);
}

static void plan_line(struct tap *t, const char *s, size_t n)
{
	size_t i = 3;
	int v = 0;
	bool digits = false;
	while (i < n && isdigit((unsigned char)s[i]) && v < 100000000) {
		v = v * 10 + (s[i++] - '0');
		digits = true;
	}
	char *desc = NULL, *reason = NULL;
	int dir = 0;
	if (!digits) {
		problem(t, "malformed plan");
		return;
	}
	if (i < n) {
		if (s[i] != ' ' && s[i] != '#') {
			problem(t, "malformed plan");
			return;
		}
		split_directive(s + i, n - i, &desc, &dir, &reason);
		if (*desc)
			problem(t, "malformed plan");
	}
	if (t->have_plan) {
		problem(t, "a second plan");
	} else {
		t->have_plan = true;
		t->plan_n = v;
		t->plan_late = t->results > 0;
		if (dir == 'S') {
			if (v)
				problem(t, "SKIP directive on a plan of %d tests", v);
			t->plan_skip = true;
			t->plan_reason = xstrdup(reason ? reason : "");
		}
	}
	free(desc);
	free(reason);
}

void tap_line(struct tap *t, const char *s, size_t n)
{
	t->lineno++;
	if (n && s[n - 1] == '\r')
		n--;
	if (t->in_yaml) {
		if (n >= 2 && s[0] == ' ' && s[1] == ' ') {
			size_t e = n;
			while (e > 2 && s[e - 1] == ' ')
				e--;
			if (e == 5 && !memcmp(s, "  ...", 5)) {
				t->in_yaml = false;
				t->cur_diag = NULL;
			} else {
				yaml_line(t, s, n);
			}
			return;
		}
		problem(t, "YAML block not terminated by \"  ...\"");
		t->in_yaml = false;
		t->cur_diag = NULL;
	}
	size_t blank = 0;
	while (blank < n && (s[blank] == ' ' || s[blank] == '\t'))
		blank++;
	if (blank == n)
		return;
	if (blank) {
		size_t e = n;
		while (e > blank && s[e - 1] == ' ')
			e--;
		if (t->yaml_allowed && e == 5 && !memcmp(s, "  ---", 5)) {
			t->in_yaml = true;
			t->yaml_allowed = false;
			return;
		}
		t->yaml_allowed = false;
		return; /* indented lines: subtests or notes, not ours to judge */
	}
	t->yaml_allowed = false;
	if (starts(s, n, "TAP version ")) {
		if (t->seen_any)
			problem(t, "TAP version line is not the first line");
		char num[12] = {0};
		memcpy(num, s + 12, n - 12 > 8 ? 8 : n - 12);
		int v = atoi(num);
		t->version = v;
		if (v != 13)
			problem(t, "TAP version %d (the protocol is TAP 13)", v);
		t->seen_version = true;
		t->seen_any = true;
		return;
	}
	t->seen_any = true;
	if (s[0] == '#')
		return;
	if (starts(s, n, "1.."))
		plan_line(t, s, n);
	else if (starts(s, n, "ok") && (n == 2 || s[2] == ' '))
		result_line(t, s, n, true);
	else if (starts(s, n, "not ok") && (n == 6 || s[6] == ' '))
		result_line(t, s, n, false);
	else if (starts(s, n, "Bail out!")) {
		if (!t->bailout) {
			size_t i = 9;
			while (i < n && s[i] == ' ')
				i++;
			t->bailout = sanitize(s + i, n - i > 200 ? 200 : n - i);
		}
	} else {
		t->n_garbage++;
		char *clean = sanitize(s, n > 60 ? 60 : n);
		problem(t, "not a TAP line: \"%s%s\"", clean, n > 60 ? "..." : "");
		free(clean);
	}
}

void tap_end(struct tap *t)
{
	if (t->in_yaml)
		problem(t, "YAML block not terminated at end of output");
	t->in_yaml = false;
}

void tap_free(struct tap *t)
{
	for (size_t i = 0; i < t->ndiags; i++) {
		struct diag *d = &t->diags[i];
		free(d->test);
		free(d->outcome);
		for (size_t k = 0; k < d->nkv; k++) {
			free(d->key[k]);
			free(d->val[k]);
		}
	}
	free(t->diags);
	free(t->plan_reason);
	free(t->first_skip_reason);
	free(t->problem);
	free(t->bailout);
	memset(t, 0, sizeof *t);
}
