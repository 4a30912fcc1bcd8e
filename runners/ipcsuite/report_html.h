/* report_html.h - "ipcsuite report": JSON reports of runs -> one HTML page. */
#ifndef IPCSUITE_REPORT_HTML_H
#define IPCSUITE_REPORT_HTML_H

#include "json_read.h"
#include "runner.h"

/* One run's JSON report: a target of the grid. */
struct report_target {
	char *label; /* --label, or the file's name without .json */
	char *file;
	struct jval *doc;
};

/* Writes the page to out; targets are in the order given. missing: targets
 * that gave no JSON (a matrix's VM targets), listed in the grid as such. */
void report_html(struct sbuf *out, const struct report_target *t, size_t n,
                 const struct strlist *missing);

#endif
