/*
 * report_tap.c - the aggregate TAP 13 stream. Each case is a subtest: its own
 * lines indented by 4 spaces (sanitized, so nothing a case prints can reach
 * column 0), then one result line for the case and, when it is not ok, a
 * YAML block saying why. Results come in manifest order, whatever order the
 * cases finished in.
 */
#include <stdlib.h>
#include <string.h>

#include "runner.h"

#define STDERR_SHOWN 2048

void tap_begin(FILE *f, size_t n)
{
	fprintf(f, "TAP version 13\n1..%zu\n", n);
	fflush(f);
}

static void yaml_kv(struct sbuf *b, const char *key, const char *val)
{
	char *clean = sanitize(val, strlen(val));
	sb_printf(b, "  %s: ", key);
	yaml_quote_into(b, clean);
	sb_putc(b, '\n');
	free(clean);
}

/* The last STDERR_SHOWN bytes of stderr, starting at a line boundary. */
char *stderr_tail(const struct job *j, size_t max)
{
	const char *s = sb_str(&j->err_tail);
	size_t n = j->err_tail.len;
	while (n && (s[n - 1] == '\n' || s[n - 1] == ' '))
		n--;
	size_t start = n > max ? n - max : 0;
	if (start) {
		const char *nl = memchr(s + start, '\n', n - start);
		if (nl)
			start = (size_t)(nl + 1 - s);
	}
	struct sbuf b = {0};
	if (start || j->err_bytes > j->err_tail.len)
		sb_puts(&b, "[...]\n");
	/* keep newlines, sanitize each line */
	for (size_t i = start; i < n;) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t len = nl ? (size_t)(nl - (s + i)) : n - i;
		sanitize_into(&b, s + i, len);
		i += len;
		if (nl) {
			sb_putc(&b, '\n');
			i++;
		}
	}
	return b.s ? b.s : xstrdup("");
}

static void yaml_block(struct sbuf *b, const struct job *j)
{
	sb_puts(b, "  ---\n");
	sb_printf(b, "  outcome: %s\n", outcome_name(j->outcome));
	if (j->message)
		yaml_kv(b, "message", j->message);
	sb_printf(b, "  level: %s\n", j->c->level);
	/* the case's first diagnostic, re-emitted */
	const struct tap *t = &j->tap;
	if (t->ndiags && (j->outcome == O_FAIL || j->outcome == O_BROKEN || j->outcome == O_LEAK)) {
		const struct diag *d = &t->diags[0];
		yaml_kv(b, "test", d->test ? d->test : "");
		for (size_t i = 0; i < d->nkv; i++) {
			if (!strcmp(d->key[i], "outcome") || !strcmp(d->key[i], "message") ||
			    !strcmp(d->key[i], "test"))
				continue;
			char key[40];
			snprintf(key, sizeof key, "%s", d->key[i]);
			for (char *k = key; *k; k++)
				if (!(*k == '_' || *k == '-' || (*k >= 'a' && *k <= 'z') ||
				      (*k >= 'A' && *k <= 'Z') || (*k >= '0' && *k <= '9')))
					*k = '_';
			yaml_kv(b, key, d->val[i]);
		}
		if (t->ndiags > 1 || t->diags_dropped) {
			sb_puts(b, "  failed_tests:\n");
			for (size_t i = 0; i < t->ndiags; i++) {
				char *c =
				    sanitize(t->diags[i].test ? t->diags[i].test : "",
				             strlen(t->diags[i].test ? t->diags[i].test : ""));
				sb_puts(b, "    - ");
				yaml_quote_into(b, c);
				sb_putc(b, '\n');
				free(c);
			}
		}
	}
	yaml_kv(b, "exit", j->exit_desc ? j->exit_desc : "not run");
	sb_printf(b, "  seconds: %.3f\n", j->seconds);
	if (j->rep.leaks.n) {
		sb_puts(b, "  leaks:\n");
		for (size_t i = 0; i < j->rep.leaks.n; i++) {
			sb_puts(b, "    - ");
			char *c = sanitize(j->rep.leaks.v[i], strlen(j->rep.leaks.v[i]));
			yaml_quote_into(b, c);
			free(c);
			sb_putc(b, '\n');
		}
	}
	if (j->bl != BL_NONE && j->bl_expected) {
		char *s = xasprintf("%s%s%s (expected %s%s%s)", bl_status_name(j->bl),
		                    j->bl_detail ? ": " : "", j->bl_detail ? j->bl_detail : "",
		                    j->bl_expected, j->bl_reason ? ": " : "",
		                    j->bl_reason ? j->bl_reason : "");
		yaml_kv(b, "baseline", s);
		free(s);
	}
	if (j->err_tail.len) {
		char *tail = stderr_tail(j, STDERR_SHOWN);
		sb_puts(b, "  stderr: ");
		yaml_quote_into(b, tail);
		sb_putc(b, '\n');
		free(tail);
	}
	sb_puts(b, "  ...\n");
}

void tap_case(FILE *f, const struct job *j)
{
	struct sbuf b = {0}, desc = {0};
	tap_escape_into(&desc, j->c->id);
	if (j->runs > 1)
		sb_printf(&desc, " (run %d of %d)", j->run, j->runs);

	sb_puts(&b, "    # Subtest: ");
	sb_puts(&b, sb_str(&desc));
	sb_putc(&b, '\n');
	/* case lines: already sanitized when stored, one per \n */
	const char *s = sb_str(&j->out);
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s);
		sb_puts(&b, "    ");
		sb_add(&b, s, len);
		sb_putc(&b, '\n');
		s += len + (nl ? 1 : 0);
	}
	if (j->out_dropped)
		sb_printf(&b, "    # ipcsuite: case output truncated: %zu bytes dropped\n",
		          j->out_dropped);
	for (size_t i = 0; i < j->rep.notes.n; i++) {
		char *c = sanitize(j->rep.notes.v[i], strlen(j->rep.notes.v[i]));
		sb_printf(&b, "    # ipcsuite: %s\n", c);
		free(c);
	}

	bool ok = !outcome_bad(j->outcome) && j->bl != BL_XPASS;
	sb_printf(&b, "%s %zu - %s", ok ? "ok" : "not ok", j->seq, sb_str(&desc));
	if (j->bl == BL_XFAIL) {
		sb_puts(&b, " # TODO expected ");
		sb_puts(&b, j->bl_expected ? j->bl_expected : "failure");
		if (j->bl_reason) {
			sb_puts(&b, ": ");
			tap_escape_into(&b, j->bl_reason);
		}
	} else if (ok && j->outcome == O_SKIP) {
		sb_puts(&b, " # SKIP ");
		tap_escape_into(&b, j->message ? j->message : "");
	}
	sb_putc(&b, '\n');
	if (!ok)
		yaml_block(&b, j);
	fputs(sb_str(&b), f);
	sb_free(&b);
	sb_free(&desc);
}
