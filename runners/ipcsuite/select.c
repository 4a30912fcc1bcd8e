/*
 * select.c - which cases a run takes. A filter is a facility ("sysv-sem"),
 * an id glob ("sysv-sem/wait-*", fnmatch) or a tag ("tag:blocking", also a
 * glob) or a level ("level:posix", "level:linux", "level:kernel": who
 * documents the behavior; a glob too). Several filters are a union; one that
 * matches nothing is an error, so that a typo can never turn into an empty,
 * "clean" run.
 */
#include <fnmatch.h>
#include <string.h>

#include "runner.h"

static bool matches(const struct mcase *c, const char *f)
{
	if (!strncmp(f, "level:", 6))
		return !fnmatch(f + 6, c->level, 0);
	if (!strncmp(f, "tag:", 4)) {
		for (size_t i = 0; i < c->tags.n; i++)
			if (!fnmatch(f + 4, c->tags.v[i], 0))
				return true;
		return false;
	}
	if (strchr(f, '/'))
		return !fnmatch(f, c->id, 0);
	return !fnmatch(f, c->facility, 0) || !strcmp(f, c->id);
}

const char *select_cases(const struct manifest *m, char *const *filters, int nf, bool *sel)
{
	for (size_t i = 0; i < m->n; i++)
		sel[i] = nf == 0;
	const char *unmatched = NULL;
	for (int k = 0; k < nf; k++) {
		bool any = false;
		for (size_t i = 0; i < m->n; i++) {
			if (matches(&m->cases[i], filters[k])) {
				sel[i] = true;
				any = true;
			}
		}
		if (!any && !unmatched)
			unmatched = filters[k];
	}
	return unmatched;
}
