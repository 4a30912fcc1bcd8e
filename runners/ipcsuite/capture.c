/*
 * capture.c - what is kept of a case's stdout for its subtest in the
 * aggregate TAP. Every line is parsed (tap_parse.c), then stored sanitized,
 * to be indented by 4 spaces. Indentation alone does not make a line inert:
 * Perl's TAP::Parser (prove) honours "Bail out!" and a YAML start ("---")
 * at any indentation, and one malformed YAML block makes it lose the rest of
 * the stream. So case YAML blocks are kept as YAML only when they are in the
 * simple shape the case library writes; anything else is turned into
 * comments ("# ---"), and so are stray "---" and "Bail out!" lines.
 */
#include <ctype.h>
#include <string.h>

#include "runner.h"

#define OUT_CAP  (1024 * 1024) /* case stdout kept for the report */
#define YAML_CAP (64 * 1024)   /* a longer YAML block is kept as comments */

enum { Y_NONE, Y_BUFFER, Y_NEUTRAL };
enum { AUTO, NEUTRAL, VETTED }; /* how store() treats "---" and "Bail out!" */

static bool structural(const char *s, size_t n)
{
	return (n >= 2 && !memcmp(s, "ok", 2)) || (n >= 6 && !memcmp(s, "not ok", 6)) ||
	       (n >= 3 && !memcmp(s, "1..", 3));
}

static size_t leading_blanks(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

static bool starts(const char *s, size_t n, const char *p)
{
	size_t l = strlen(p);
	return n >= l && !memcmp(s, p, l);
}

static void store(struct job *j, const char *s, size_t n, bool cut, int how)
{
	/* past the cap, keep only results and plans (bounded too) */
	if (j->out.len + n > OUT_CAP && (!structural(s, n) || j->out.len + n > 2 * OUT_CAP)) {
		j->out_dropped += n + 1;
		return;
	}
	size_t ws = leading_blanks(s, n);
	if (how == NEUTRAL || starts(s + ws, n - ws, "Bail out!") ||
	    (how == AUTO && starts(s + ws, n - ws, "---")))
		sb_puts(&j->out, "# ");
	sanitize_into(&j->out, s, n);
	if (cut)
		sb_puts(&j->out, " [line cut by ipcsuite]");
	sb_putc(&j->out, '\n');
}

/* "key" in the shape [A-Za-z_][A-Za-z0-9_-]*; returns its length or 0. */
static size_t yaml_key(const char *s)
{
	size_t i = 0;
	if (!(isalpha((unsigned char)s[0]) || s[0] == '_'))
		return 0;
	while (isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '-')
		i++;
	return i;
}

/* A complete double-quoted string, or a plain scalar of safe characters. */
static bool yaml_value(const char *s)
{
	if (*s == '"') {
		for (s++; *s && *s != '"'; s++)
			if (*s == '\\' && !*++s)
				return false;
		return *s == '"' && !s[1];
	}
	if (!*s)
		return false;
	for (; *s; s++)
		if (!(isalnum((unsigned char)*s) || strchr(" _.,/+=()-", *s)))
			return false;
	return s[-1] != ' ';
}

/* "key: value" (value may be empty when allow_empty); sets *empty. */
static bool yaml_pair(const char *s, bool allow_empty, bool *empty)
{
	size_t k = yaml_key(s);
	if (!k || s[k] != ':')
		return false;
	*empty = !s[k + 1];
	if (*empty)
		return allow_empty;
	return s[k + 1] == ' ' && yaml_value(s + k + 2);
}

/*
 * The shape the case library writes (sanitized lines, 2-space base):
 *   ---
 *   key: value
 *   diagnostics:
 *     - key: value
 *       key: value
 *   ...
 */
static bool yaml_block_ok(const char *block)
{
	char line[YAML_CAP + 1];
	bool in_list = false, in_item = false, first = true, ended = false, empty;
	for (const char *p = block; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		if (n > YAML_CAP || ended)
			return false;
		memcpy(line, p, n);
		line[n] = 0;
		while (n && line[n - 1] == ' ')
			line[--n] = 0;
		p = nl ? nl + 1 : p + strlen(p);
		size_t ind = leading_blanks(line, n);
		const char *rest = line + ind;
		if (first) {
			if (strcmp(line, "  ---"))
				return false;
			first = false;
		} else if (!strcmp(line, "  ...")) {
			if (in_list && !in_item)
				return false;
			ended = true;
		} else if (ind == 2 && !strchr(rest, '\t')) {
			if (in_list && !in_item)
				return false;
			if (!yaml_pair(rest, true, &empty))
				return false;
			in_list = empty; /* "diagnostics:" opens a list */
			in_item = false;
		} else if (ind == 4 && in_list && rest[0] == '-' && rest[1] == ' ') {
			if (!yaml_pair(rest + 2, false, &empty))
				return false;
			in_item = true;
		} else if (ind == 6 && in_item) {
			if (!yaml_pair(rest, false, &empty))
				return false;
		} else {
			return false;
		}
	}
	return ended;
}

static void flush_yaml(struct job *j, bool vetted)
{
	const char *p = sb_str(&j->ybuf);
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		store(j, p, n, false, vetted ? VETTED : NEUTRAL);
		p += n + (nl ? 1 : 0);
	}
	j->ybuf.len = 0;
	if (j->ybuf.s)
		j->ybuf.s[0] = 0;
}

/* Whether the sanitized block is in the vetted shape. */
static bool ybuf_ok(struct job *j)
{
	struct sbuf clean = {0};
	const char *p = sb_str(&j->ybuf);
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		sanitize_into(&clean, p, n);
		sb_putc(&clean, '\n');
		p += n + (nl ? 1 : 0);
	}
	bool ok = yaml_block_ok(sb_str(&clean));
	sb_free(&clean);
	return ok;
}

void capture_line(struct job *j, const char *s, size_t n, bool cut)
{
	bool was = j->tap.in_yaml;
	tap_line(&j->tap, s, n);
	bool now = j->tap.in_yaml;
	/* the aggregate has its own version line */
	if (j->tap.lineno == 1 && starts(s, n, "TAP version "))
		return;
	if (!was && now) { /* a YAML block starts: hold it until we see it whole */
		j->ystate = Y_BUFFER;
		j->ybuf.len = 0;
		sb_add(&j->ybuf, s, n);
		sb_putc(&j->ybuf, '\n');
		return;
	}
	if (was) {
		size_t e = n;
		while (e && (s[e - 1] == ' ' || s[e - 1] == '\r'))
			e--;
		bool terminator = !now && e == 5 && !memcmp(s, "  ...", 5);
		if (now || terminator) {
			if (j->ystate == Y_BUFFER && !cut && j->ybuf.len + n < YAML_CAP) {
				sb_add(&j->ybuf, s, n);
				sb_putc(&j->ybuf, '\n');
				if (terminator) {
					flush_yaml(j, ybuf_ok(j));
					j->ystate = Y_NONE;
				}
				return;
			}
			if (j->ystate == Y_BUFFER)
				flush_yaml(j, false);
			j->ystate = terminator ? Y_NONE : Y_NEUTRAL;
			store(j, s, n, cut, NEUTRAL);
			return;
		}
		/* the block ended without its terminator: not YAML then */
		if (j->ystate == Y_BUFFER)
			flush_yaml(j, false);
		j->ystate = Y_NONE;
	}
	store(j, s, n, cut, AUTO);
}

void capture_end(struct job *j)
{
	tap_end(&j->tap);
	if (j->ystate == Y_BUFFER)
		flush_yaml(j, false);
	j->ystate = Y_NONE;
	sb_free(&j->ybuf);
}
