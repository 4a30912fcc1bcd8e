/* manifest.c - finds and reads manifest.tsv (format: docs/case-protocol.md). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"

#define MANIFEST_HEADER "# ipcsuite manifest 2"

char *manifest_locate(const char *opt, const char *exe_dir, struct sbuf *tried)
{
	if (opt)
		return xstrdup(opt); /* given explicitly: failing to read it is reported by load */
	const char *env = getenv("IPCSUITE_MANIFEST");
	if (env && *env)
		return xstrdup(env);
	if (!exe_dir)
		return NULL;
	/* build tree first, then the installed layout */
	const char *rel[] = {"manifest.tsv", "../libexec/ipcsuite/manifest.tsv"};
	for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) {
		char *p = path_join(exe_dir, rel[i]);
		if (path_exists(p))
			return p;
		sb_printf(tried, "%s%s", tried->len ? ", " : "", p);
		free(p);
	}
	return NULL;
}

static void split_list(const char *raw, struct strlist *out)
{
	if (!strcmp(raw, "-"))
		return;
	const char *p = raw;
	while (*p) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		while (n && *p == ' ')
			p++, n--;
		while (n && p[n - 1] == ' ')
			n--;
		if (n)
			sl_add_own(out, xstrndup(p, n));
		if (!comma)
			break;
		p = comma + 1;
	}
}

static bool parse_int(const char *s, int min, int *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > INT_MAX)
		return false;
	*out = (int)v;
	return true;
}

int manifest_load(const char *file, struct manifest *m, struct sbuf *err)
{
	memset(m, 0, sizeof *m);
	FILE *f = fopen(file, "r");
	if (!f) {
		sb_printf(err, "cannot read manifest %s: %s", file, strerror(errno));
		return -1;
	}
	char resolved[PATH_MAX];
	m->file = xstrdup(realpath(file, resolved) ? resolved : file);
	m->dir = dir_of(m->file);

	char *line = NULL;
	size_t cap = 0, ncap = 0;
	ssize_t len;
	int lineno = 0;
	int rc = 0;
	while ((len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = 0;
		if (lineno == 1) {
			if (strcmp(line, MANIFEST_HEADER)) {
				sb_printf(
				    err,
				    "%s:1: not an ipcsuite manifest (first line must be \"%s\")",
				    file, MANIFEST_HEADER);
				rc = -1;
				break;
			}
			continue;
		}
		if (!len || line[0] == '#')
			continue;
		char *field[9];
		int nf = 0;
		char *p = line;
		for (;;) {
			char *tab = strchr(p, '\t');
			if (nf < 9)
				field[nf] = p;
			nf++;
			if (!tab)
				break;
			*tab = 0;
			p = tab + 1;
		}
		if (nf != 9) {
			sb_printf(err, "%s:%d: expected 9 tab-separated fields, found %d", file,
			          lineno, nf);
			rc = -1;
			break;
		}
		struct mcase c = {0};
		char *slash = strchr(field[0], '/');
		if (!slash || slash == field[0] || !slash[1] || strchr(slash + 1, '/')) {
			sb_printf(err, "%s:%d: case id \"%s\" is not <facility>/<behavior>", file,
			          lineno, field[0]);
			rc = -1;
			break;
		}
		if (!parse_int(field[2], 0, &c.ntests) || !parse_int(field[3], 1, &c.timeout)) {
			sb_printf(err, "%s:%d: ntests and timeout must be integers (timeout >= 1)",
			          file, lineno);
			rc = -1;
			break;
		}
		for (size_t i = 0; i < m->n; i++) {
			if (!strcmp(m->cases[i].id, field[0])) {
				sb_printf(err, "%s:%d: case %s listed twice (first on line %d)",
				          file, lineno, field[0], m->cases[i].line);
				rc = -1;
				break;
			}
		}
		if (rc)
			break;
		c.id = xstrdup(field[0]);
		c.facility = xstrndup(field[0], (size_t)(slash - field[0]));
		c.behavior_name = xstrdup(slash + 1);
		c.relpath = xstrdup(field[1]);
		c.path = path_join(m->dir, field[1]);
		c.needs_raw = xstrdup(field[4]);
		c.tags_raw = xstrdup(field[5]);
		split_list(field[4], &c.needs);
		split_list(field[5], &c.tags);
		c.behavior = xstrdup(field[6]);
		c.ref = xstrdup(field[7]);
		if (strcmp(field[8], "posix") && strcmp(field[8], "linux") &&
		    strcmp(field[8], "kernel")) {
			sb_printf(err, "%s:%d: level \"%s\" is not posix, linux or kernel", file,
			          lineno, field[8]);
			rc = -1;
			break;
		}
		c.level = xstrdup(field[8]);
		c.line = lineno;
		if (m->n == ncap) {
			ncap = ncap ? ncap * 2 : 64;
			m->cases = xrealloc(m->cases, ncap * sizeof *m->cases);
		}
		m->cases[m->n++] = c;
	}
	if (!rc && ferror(f)) {
		sb_printf(err, "cannot read manifest %s: %s", file, strerror(errno));
		rc = -1;
	}
	if (!rc && lineno == 0) {
		sb_printf(err, "%s: empty file, not an ipcsuite manifest", file);
		rc = -1;
	}
	free(line);
	fclose(f);
	return rc;
}

bool case_needs(const struct mcase *c, const char *need)
{
	return sl_has(&c->needs, need);
}
