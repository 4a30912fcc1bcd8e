/*
 * report_html.c - one self-contained HTML page from runs' JSON reports: a
 * grid of targets x facilities, counts, failures, expected failures, skips by
 * reason, timings. No external resource (the page is opened from a CI
 * artifact or a lab machine without network): inline CSS, no script. Every
 * string from a report went through a case's output, so all of it is escaped.
 */
#include <stdlib.h>
#include <string.h>

#include "report_html.h"

/* What a case run means for the target: the colour of its grid cell. */
enum state { ST_PASS, ST_SKIP, ST_XFAIL, ST_BAD, ST__COUNT };
static const char *const state_class[ST__COUNT] = {"pass", "skip", "xfail", "bad"};

static void esc(struct sbuf *b, const char *s)
{
	xml_escape_into(b, s ? s : "");
}

static const char *str_or(const struct jval *o, const char *key, const char *def)
{
	const char *s = json_get_str(o, key);
	return s ? s : def;
}

static const struct jval *results(const struct report_target *t)
{
	const struct jval *r = json_get(t->doc, "results");
	return r && r->type == JT_ARR ? r : NULL;
}

#define FOR_RESULTS(t, v)                                                                          \
	for (size_t i_ = 0, n_ = results(t) ? results(t)->n : 0; i_ < n_; i_++)                    \
		for (const struct jval *v = &results(t)->items[i_]; v; v = NULL)

static const char *baseline_status(const struct jval *r)
{
	return json_get_str(json_get(r, "baseline"), "status");
}

static bool is_expected_failure(const struct jval *r)
{
	const char *s = baseline_status(r);
	return s && !strcmp(s, "expected failure");
}

static enum state state_of(const struct jval *r)
{
	const char *o = str_or(r, "outcome", "?");
	const char *bl = baseline_status(r);
	if (bl && (!strcmp(bl, "regression") || !strcmp(bl, "unexpected pass")))
		return ST_BAD;
	if (!strcmp(o, "pass"))
		return ST_PASS;
	if (!strcmp(o, "skip"))
		return ST_SKIP;
	return is_expected_failure(r) || (bl && !strcmp(bl, "as expected")) ? ST_XFAIL : ST_BAD;
}

struct tally {
	int n, st[ST__COUNT];
	double seconds;
};

static struct tally tally(const struct report_target *t, const char *facility)
{
	struct tally c = {0};
	FOR_RESULTS(t, r)
	{
		if (facility && strcmp(str_or(r, "facility", ""), facility))
			continue;
		c.n++;
		c.st[state_of(r)]++;
		c.seconds += json_get_num(r, "seconds", 0);
	}
	return c;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void facilities(const struct report_target *t, size_t n, struct strlist *out)
{
	for (size_t k = 0; k < n; k++)
		FOR_RESULTS(&t[k], r)
		{
			const char *f = str_or(r, "facility", "?");
			if (!sl_has(out, f))
				sl_add(out, f);
		}
	if (out->n)
		qsort(out->v, out->n, sizeof *out->v, cmp_str);
}

static const char css[] =
    "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}"
    "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}"
    "table{border-collapse:collapse;margin:.5em 0}"
    "th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
    "td.num{text-align:right;white-space:nowrap}th{white-space:nowrap}"
    "#grid td.cell{text-align:center;min-width:6em}"
    ".pass{background:#c8ecc8}.skip{background:#e4e4e4}.xfail{background:#fbe3a6}"
    ".bad{background:#f5a3a3;font-weight:bold}.none{background:#fff;color:#999}"
    ".sub{font-size:.8em;font-weight:normal;color:#444;display:block}"
    "pre{background:#f6f6f6;padding:.5em;overflow:auto;white-space:pre-wrap;margin:.3em 0}"
    ".case{border-left:4px solid #d33;padding:.2em .8em;margin:.8em 0}"
    ".legend span{padding:.1em .6em;margin-right:.5em;border:1px solid #ccc}"
    "code{font-size:.95em}";

static void grid(struct sbuf *b, const struct report_target *t, size_t n, const struct strlist *fac,
                 const struct strlist *missing)
{
	sb_puts(b, "<h2 id=\"grid-title\">Targets &#215; facilities</h2>\n"
	           "<p class=\"legend\"><span class=\"pass\">all passed</span>"
	           "<span class=\"skip\">all skipped</span><span class=\"xfail\">expected "
	           "failures only</span><span class=\"bad\">unexpected failures or passes</span>"
	           "&#160; cell: passed / cases run</p>\n"
	           "<table id=\"grid\">\n<tr><th>target</th>");
	for (size_t f = 0; f < fac->n; f++) {
		sb_puts(b, "<th>");
		esc(b, fac->v[f]);
		sb_puts(b, "</th>");
	}
	sb_puts(b, "</tr>\n");
	for (size_t k = 0; k < n; k++) {
		sb_puts(b, "<tr><th>");
		esc(b, t[k].label);
		sb_puts(b, "<span class=\"sub\">");
		esc(b, str_or(t[k].doc, "kernel", "?"));
		sb_puts(b, ", ");
		esc(b, str_or(t[k].doc, "libc", "?"));
		sb_puts(b, "</span></th>");
		for (size_t f = 0; f < fac->n; f++) {
			struct tally c = tally(&t[k], fac->v[f]);
			/* the worst state present colours the cell */
			const char *cls = !c.n             ? "none"
			                  : c.st[ST_BAD]   ? state_class[ST_BAD]
			                  : c.st[ST_XFAIL] ? state_class[ST_XFAIL]
			                  : c.st[ST_PASS]  ? state_class[ST_PASS]
			                                   : state_class[ST_SKIP];
			sb_printf(b, "<td class=\"cell %s\" data-cases=\"%d\" data-pass=\"%d\">",
			          cls, c.n, c.st[ST_PASS]);
			if (!c.n) {
				sb_puts(b, "&#8212;</td>");
				continue;
			}
			sb_printf(b, "%d / %d<span class=\"sub\">", c.st[ST_PASS], c.n);
			const char *sep = "";
			static const char *const what[ST__COUNT] = {NULL, "skipped", "expected",
			                                            "unexpected"};
			for (int s = ST_SKIP; s < ST__COUNT; s++)
				if (c.st[s]) {
					sb_printf(b, "%s%d %s", sep, c.st[s], what[s]);
					sep = ", ";
				}
			sb_puts(b, "</span></td>");
		}
		sb_puts(b, "</tr>\n");
	}
	for (size_t k = 0; k < missing->n; k++) {
		sb_puts(b, "<tr class=\"missing\"><th>");
		esc(b, missing->v[k]);
		sb_printf(
		    b,
		    "</th><td class=\"none\" colspan=\"%zu\">no JSON report from this target: "
		    "see its log</td></tr>\n",
		    fac->n ? fac->n : 1);
	}
	sb_puts(b, "</table>\n");
}

static int total(const struct report_target *t, const char *outcome)
{
	return (int)json_get_num(json_get(t->doc, "totals"), outcome, 0);
}

static void counts(struct sbuf *b, const struct report_target *t, size_t n)
{
	sb_puts(b, "<h2>Counts</h2>\n<table id=\"counts\">\n<tr><th>target</th><th>kernel</th>"
	           "<th>libc</th><th>machine</th><th>cases</th><th>passed</th><th>failed</th>"
	           "<th>broken</th><th>skipped</th><th>other</th><th>expected failures</th>"
	           "<th>unexpected</th><th>baseline</th><th>exit</th><th>wall</th></tr>\n");
	for (size_t k = 0; k < n; k++) {
		struct tally c = tally(&t[k], NULL);
		int other = total(&t[k], "timeout") + total(&t[k], "crash") + total(&t[k], "leak") +
		            total(&t[k], "invalid-tap");
		int xfail = 0, regress = 0;
		FOR_RESULTS(&t[k], r)
		{
			xfail += is_expected_failure(r);
			regress += state_of(r) == ST_BAD;
		}
		sb_printf(b, "<tr data-target=\"%zu\"><th>", k);
		esc(b, t[k].label);
		sb_puts(b, "</th>");
		const char *cols[] = {"kernel", "libc", "machine"};
		for (int i = 0; i < 3; i++) {
			sb_puts(b, "<td>");
			esc(b, str_or(t[k].doc, cols[i], "?"));
			sb_puts(b, "</td>");
		}
		sb_printf(b,
		          "<td class=\"num cases\">%d</td><td class=\"num passed\">%d</td>"
		          "<td class=\"num failed\">%d</td><td class=\"num broken\">%d</td>"
		          "<td class=\"num skipped\">%d</td><td class=\"num\">%d</td>"
		          "<td class=\"num expected-failures\">%d</td><td class=\"num "
		          "regress\">%d</td><td>",
		          c.n, total(&t[k], "pass"), total(&t[k], "fail"), total(&t[k], "broken"),
		          total(&t[k], "skip"), other, xfail, regress);
		const char *bl = json_get_str(t[k].doc, "baseline");
		esc(b, bl ? strrchr(bl, '/') ? strrchr(bl, '/') + 1 : bl : "none");
		sb_printf(b, "</td><td class=\"num\">%d</td><td class=\"num\">%.1f s</td></tr>\n",
		          (int)json_get_num(t[k].doc, "exit_code", -1),
		          json_get_num(t[k].doc, "wall_seconds", 0));
	}
	sb_puts(b, "</table>\n");
}

static void diagnostics(struct sbuf *b, const struct jval *r)
{
	const struct jval *d = json_get(r, "diagnostics");
	if (!d || d->type != JT_ARR || !d->n)
		return;
	for (size_t i = 0; i < d->n; i++) {
		const struct jval *o = &d->items[i];
		if (o->type != JT_OBJ)
			continue;
		sb_puts(b, "<table class=\"diag\">"); /* one per not-ok test */
		for (size_t k = 0; k < o->n; k++) {
			if (o->items[k].type != JT_STR && o->items[k].type != JT_NUM)
				continue;
			sb_puts(b, "<tr><th>");
			esc(b, o->keys[k]);
			sb_puts(b, "</th><td><code>");
			if (o->items[k].type == JT_STR)
				esc(b, o->items[k].str);
			else
				sb_printf(b, "%g", o->items[k].num);
			sb_puts(b, "</code></td></tr>");
		}
		sb_puts(b, "</table>");
	}
}

static void str_list(struct sbuf *b, const struct jval *r, const char *key, const char *title)
{
	const struct jval *l = json_get(r, key);
	if (!l || l->type != JT_ARR || !l->n)
		return;
	sb_printf(b, "<div>%s:<ul>", title);
	for (size_t i = 0; i < l->n; i++)
		if (l->items[i].type == JT_STR) {
			sb_puts(b, "<li>");
			esc(b, l->items[i].str);
			sb_puts(b, "</li>");
		}
	sb_puts(b, "</ul></div>");
}

static void one_failure(struct sbuf *b, const struct report_target *t, const struct jval *r)
{
	sb_puts(b, "<div class=\"case\"><p><b>");
	esc(b, t->label);
	sb_puts(b, "</b> &#8212; <code>");
	esc(b, str_or(r, "id", "?"));
	sb_puts(b, "</code> <span class=\"bad\">");
	esc(b, str_or(r, "outcome", "?"));
	sb_puts(b, "</span> (level ");
	esc(b, str_or(r, "level", "?"));
	const char *bl = baseline_status(r);
	if (bl) {
		sb_puts(b, "; baseline: ");
		esc(b, bl);
		const char *detail = json_get_str(json_get(r, "baseline"), "detail");
		if (detail && *detail) {
			sb_puts(b, ", ");
			esc(b, detail);
		}
	}
	sb_puts(b, ")</p>\n<p>");
	esc(b, str_or(r, "message", ""));
	sb_puts(b, "</p>\n");
	const char *ref = json_get_str(r, "ref");
	if (ref) {
		sb_puts(b, "<p>reference: <code>");
		esc(b, ref);
		sb_puts(b, "</code></p>\n");
	}
	diagnostics(b, r);
	str_list(b, r, "leaks", "leaks");
	str_list(b, r, "notes", "notes");
	const char *tail = json_get_str(r, "stderr_tail");
	if (tail && *tail) {
		sb_puts(b, "<div>stderr (tail):<pre>");
		esc(b, tail);
		sb_puts(b, "</pre></div>");
	}
	sb_puts(b, "</div>\n");
}

static void failures(struct sbuf *b, const struct report_target *t, size_t n)
{
	sb_puts(b, "<h2>Failures</h2>\n<div id=\"failures\">\n");
	int seen = 0;
	for (size_t k = 0; k < n; k++)
		FOR_RESULTS(&t[k], r)
		{
			if (state_of(r) == ST_BAD) {
				one_failure(b, &t[k], r);
				seen++;
			}
		}
	if (!seen)
		sb_puts(b, "<p>None: every case passed, skipped or failed as its baseline "
		           "expects.</p>\n");
	sb_puts(b, "</div>\n");
}

static void expected(struct sbuf *b, const struct report_target *t, size_t n)
{
	sb_puts(b, "<h2>Expected failures</h2>\n<table id=\"expected\">\n<tr><th>target</th>"
	           "<th>case</th><th>outcome</th><th>baseline reason</th><th>message</th></tr>\n");
	int rows = 0;
	for (size_t k = 0; k < n; k++)
		FOR_RESULTS(&t[k], r)
		{
			if (state_of(r) != ST_XFAIL)
				continue;
			rows++;
			const struct jval *bl = json_get(r, "baseline");
			const char *cells[] = {
			    t[k].label, str_or(r, "id", "?"), str_or(r, "outcome", "?"),
			    str_or(bl, "reason", "(no reason given)"), str_or(r, "message", "")};
			sb_puts(b, "<tr>");
			for (int i = 0; i < 5; i++) {
				sb_puts(b, i == 1 ? "<td><code>" : "<td>");
				esc(b, cells[i]);
				sb_puts(b, i == 1 ? "</code></td>" : "</td>");
			}
			sb_puts(b, "</tr>\n");
		}
	if (!rows)
		sb_puts(b, "<tr><td colspan=\"5\">none</td></tr>\n");
	sb_puts(b, "</table>\n");
}

/* Skips grouped by their reason (the message), most frequent first. */
struct skip_group {
	const char *reason;
	struct sbuf cases;
	int n;
};

static int by_count(const void *a, const void *b)
{
	const struct skip_group *x = a, *y = b;
	return x->n != y->n ? y->n - x->n : strcmp(x->reason, y->reason);
}

static void skips(struct sbuf *b, const struct report_target *t, size_t n)
{
	struct skip_group *g = NULL;
	size_t ng = 0;
	for (size_t k = 0; k < n; k++)
		FOR_RESULTS(&t[k], r)
		{
			if (strcmp(str_or(r, "outcome", ""), "skip"))
				continue;
			const char *why = str_or(r, "message", "(no reason given)");
			size_t i = 0;
			while (i < ng && strcmp(g[i].reason, why))
				i++;
			if (i == ng) {
				g = xrealloc(g, ++ng * sizeof *g);
				g[i] = (struct skip_group){.reason = why};
			}
			sb_puts(&g[i].cases, g[i].n++ ? ", " : "");
			esc(&g[i].cases, t[k].label);
			sb_puts(&g[i].cases, ": <code>");
			esc(&g[i].cases, str_or(r, "id", "?"));
			sb_puts(&g[i].cases, "</code>");
		}
	if (ng)
		qsort(g, ng, sizeof *g, by_count);
	sb_puts(b, "<h2>Skips by reason</h2>\n<table id=\"skips\">\n<tr><th>reason</th>"
	           "<th>cases</th><th>which</th></tr>\n");
	for (size_t i = 0; i < ng; i++) {
		sb_puts(b, "<tr><td>");
		esc(b, g[i].reason);
		sb_printf(b, "</td><td class=\"num\">%d</td><td>%s</td></tr>\n", g[i].n,
		          sb_str(&g[i].cases));
		sb_free(&g[i].cases);
	}
	if (!ng)
		sb_puts(b, "<tr><td colspan=\"3\">none</td></tr>\n");
	sb_puts(b, "</table>\n");
	free(g);
}

static int by_seconds(const void *a, const void *b)
{
	double x = json_get_num(*(const struct jval *const *)a, "seconds", 0);
	double y = json_get_num(*(const struct jval *const *)b, "seconds", 0);
	return (x < y) - (x > y);
}

enum { SLOWEST = 5 };

static void timings(struct sbuf *b, const struct report_target *t, size_t n)
{
	sb_printf(b,
	          "<h2>Timings</h2>\n<table id=\"timings\">\n<tr><th>target</th><th>wall</th>"
	          "<th>jobs</th><th>timeout scale</th><th>slowest %d cases</th></tr>\n",
	          SLOWEST);
	for (size_t k = 0; k < n; k++) {
		const struct jval *res = results(&t[k]);
		size_t nr = res ? res->n : 0;
		const struct jval **by = xcalloc(nr + 1, sizeof *by);
		for (size_t i = 0; i < nr; i++)
			by[i] = &res->items[i];
		if (nr)
			qsort(by, nr, sizeof *by, by_seconds);
		sb_puts(b, "<tr><th>");
		esc(b, t[k].label);
		sb_printf(b,
		          "</th><td class=\"num\">%.1f s</td><td class=\"num\">%g</td>"
		          "<td class=\"num\">%g</td><td>",
		          json_get_num(t[k].doc, "wall_seconds", 0),
		          json_get_num(t[k].doc, "jobs", 0),
		          json_get_num(t[k].doc, "timeout_scale", 1));
		for (size_t i = 0; i < nr && i < SLOWEST; i++) {
			sb_puts(b, i ? ", <code>" : "<code>");
			esc(b, str_or(by[i], "id", "?"));
			sb_printf(b, "</code> %.2f s", json_get_num(by[i], "seconds", 0));
		}
		sb_puts(b, "</td></tr>\n");
		free(by);
	}
	sb_puts(b, "</table>\n");
}

void report_html(struct sbuf *b, const struct report_target *t, size_t n,
                 const struct strlist *missing)
{
	struct strlist fac = {0};
	facilities(t, n, &fac);
	sb_printf(b,
	          "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
	          "<title>ipcsuite report</title>\n<style>%s</style></head>\n<body>\n"
	          "<h1>ipcsuite report</h1>\n<p>%zu target%s, %zu facilit%s; ipcsuite ",
	          css, n, n == 1 ? "" : "s", fac.n, fac.n == 1 ? "y" : "ies");
	esc(b, str_or(t[0].doc, "ipcsuite_version", "?"));
	sb_puts(b, "; first run started ");
	esc(b, str_or(t[0].doc, "started", "?"));
	sb_puts(b, ".</p>\n");
	grid(b, t, n, &fac, missing);
	counts(b, t, n);
	failures(b, t, n);
	expected(b, t, n);
	skips(b, t, n);
	timings(b, t, n);
	sb_puts(b, "</body></html>\n");
	sl_free(&fac);
}
