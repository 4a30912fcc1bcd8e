/* list.c - "ipcsuite list": the selected cases, as columns or as JSON. */
#include <stdlib.h>
#include <string.h>

#include "runner.h"

static void json_list(struct sbuf *b, const struct strlist *l)
{
	sb_putc(b, '[');
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			sb_puts(b, ", ");
		json_quote_into(b, l->v[i]);
	}
	sb_putc(b, ']');
}

int list_write(FILE *f, const struct manifest *m, const bool *sel, bool json)
{
	struct sbuf b = {0};
	if (json) {
		sb_puts(&b, "{\n  \"manifest\": ");
		json_quote_into(&b, m->file);
		sb_puts(&b, ",\n  \"cases\": [");
		bool first = true;
		for (size_t i = 0; i < m->n; i++) {
			const struct mcase *c = &m->cases[i];
			if (!sel[i])
				continue;
			sb_puts(&b, first ? "\n    {" : ",\n    {");
			first = false;
			sb_puts(&b, "\"id\": ");
			json_quote_into(&b, c->id);
			sb_puts(&b, ", \"facility\": ");
			json_quote_into(&b, c->facility);
			sb_puts(&b, ", \"level\": ");
			json_quote_into(&b, c->level);
			sb_puts(&b, ", \"path\": ");
			json_quote_into(&b, c->relpath);
			sb_printf(&b, ", \"tests\": %d, \"timeout\": %d, \"needs\": ", c->ntests,
			          c->timeout);
			json_list(&b, &c->needs);
			sb_puts(&b, ", \"tags\": ");
			json_list(&b, &c->tags);
			sb_puts(&b, ", \"behavior\": ");
			json_quote_into(&b, c->behavior);
			sb_puts(&b, ", \"ref\": ");
			json_quote_into(&b, strcmp(c->ref, "-") ? c->ref : NULL);
			sb_putc(&b, '}');
		}
		sb_puts(&b, "\n  ]\n}\n");
	} else {
		int w = 2;
		for (size_t i = 0; i < m->n; i++)
			if (sel[i] && (int)strlen(m->cases[i].id) > w)
				w = (int)strlen(m->cases[i].id);
		int wn = 5;
		for (size_t i = 0; i < m->n; i++)
			if (sel[i] && (int)strlen(m->cases[i].needs_raw) > wn)
				wn = (int)strlen(m->cases[i].needs_raw);
		sb_printf(&b, "%-*s  %-6s  %5s  %-*s  %s\n", w, "id", "level", "tests", wn, "needs",
		          "behavior");
		for (size_t i = 0; i < m->n; i++) {
			const struct mcase *c = &m->cases[i];
			if (!sel[i])
				continue;
			char *beh = sanitize(c->behavior, strlen(c->behavior));
			sb_printf(&b, "%-*s  %-6s  %5d  %-*s  %s\n", w, c->id, c->level, c->ntests,
			          wn, c->needs_raw, beh);
			free(beh);
		}
	}
	fputs(sb_str(&b), f);
	sb_free(&b);
	return fflush(f) == 0 && !ferror(f) ? 0 : -1;
}
