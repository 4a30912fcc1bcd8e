/*
 * report_cmd.c - "ipcsuite report [-o OUT.html] [--label NAME] RUN.json...":
 * reads the JSON that "run --json" wrote, one file per target (the matrix's
 * targets), and writes one self-contained HTML page (report_html.c).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "report_html.h"

static void report_usage(FILE *f)
{
	fputs("usage: ipcsuite report [-o OUT.html] [--missing NAME...] [--label NAME] RUN.json\n"
	      "                       [[--label NAME] RUN.json...]\n"
	      "\n"
	      "Turns the JSON reports of one or more runs (ipcsuite run --json FILE) into one\n"
	      "self-contained HTML page: a grid of targets x facilities coloured by outcome,\n"
	      "counts, every failure with its diagnostics, expected failures with their\n"
	      "reasons, skips grouped by reason, timings. --label names the next file's\n"
	      "target (default: the file name without .json); --missing NAME lists a target\n"
	      "that gave no JSON report in the grid as such. Without -o, the page goes to\n"
	      "standard output.\n",
	      f);
}

static void report_bad(const char *what, const char *arg)
{
	fprintf(stderr, "ipcsuite report: %s%s%s\n", what, arg ? " " : "", arg ? arg : "");
	exit(RX_USAGE);
}

/* The whole file, or NULL with errno set. */
static char *slurp(const char *file, size_t *len)
{
	FILE *f = fopen(file, "rb");
	if (!f)
		return NULL;
	struct sbuf b = {0};
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		sb_add(&b, chunk, n);
	int e = ferror(f) ? EIO : 0;
	fclose(f);
	if (e) {
		sb_free(&b);
		errno = e;
		return NULL;
	}
	*len = b.len;
	return b.s ? b.s : xstrdup("");
}

static char *default_label(const char *file)
{
	const char *base = strrchr(file, '/');
	base = base ? base + 1 : file;
	size_t n = strlen(base);
	if (n > 5 && !strcmp(base + n - 5, ".json"))
		n -= 5;
	return xstrndup(base, n);
}

static void load(struct report_target *t, const char *file, const char *label)
{
	size_t len = 0;
	char *text = slurp(file, &len);
	if (!text) {
		fprintf(stderr, "ipcsuite report: cannot read %s: %s\n", file, strerror(errno));
		exit(RX_USAGE);
	}
	char err[160];
	t->doc = json_parse(text, len, err, sizeof err);
	free(text);
	if (!t->doc) {
		fprintf(stderr, "ipcsuite report: %s: not valid JSON: %s\n", file, err);
		exit(RX_USAGE);
	}
	if (t->doc->type != JT_OBJ || !json_get(t->doc, "results")) {
		fprintf(stderr,
		        "ipcsuite report: %s: not an ipcsuite JSON report (no \"results\")\n",
		        file);
		exit(RX_USAGE);
	}
	t->file = xstrdup(file);
	t->label = label ? xstrdup(label) : default_label(file);
}

int report_main(int argc, char **argv)
{
	const char *out = NULL, *label = NULL;
	struct strlist missing = {0};
	struct report_target *t = xcalloc((size_t)argc, sizeof *t);
	size_t n = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			report_usage(stdout);
			return RX_CLEAN;
		} else if (!strcmp(a, "-o") || !strcmp(a, "--output") || !strcmp(a, "--label") ||
		           !strcmp(a, "--missing")) {
			if (i + 1 >= argc)
				report_bad(a, "needs a value");
			const char *val = argv[++i];
			if (!strcmp(a, "--label"))
				label = val;
			else if (!strcmp(a, "--missing"))
				sl_add(&missing, val);
			else
				out = val;
		} else if (!strncmp(a, "--output=", 9)) {
			out = a + 9;
		} else if (!strncmp(a, "--label=", 8)) {
			label = a + 8;
		} else if (!strncmp(a, "--missing=", 10)) {
			sl_add(&missing, a + 10);
		} else if (a[0] == '-' && a[1]) {
			report_bad("unknown option", a);
		} else {
			load(&t[n++], a, label);
			label = NULL; /* a label names one file */
		}
	}
	if (!n) {
		report_usage(stderr);
		return RX_USAGE;
	}
	if (label)
		report_bad("--label names the file after it; none follows", label);
	struct sbuf page = {0};
	report_html(&page, t, n, &missing);
	int rc;
	if (out) {
		rc = sb_write_file(&page, out) == 0 ? RX_CLEAN : RX_RUNNER;
	} else {
		rc = fwrite(page.s, 1, page.len, stdout) == page.len && fflush(stdout) == 0
		         ? RX_CLEAN
		         : RX_RUNNER;
		sb_free(&page);
	}
	for (size_t i = 0; i < n; i++) {
		json_free(t[i].doc);
		free(t[i].label);
		free(t[i].file);
	}
	free(t);
	sl_free(&missing);
	return rc;
}
