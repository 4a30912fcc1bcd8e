/*
 * report_junit.c - --junit FILE: JUnit XML as GitLab and Jenkins read it.
 * One <testsuite> per facility, one <testcase> per case run. fail is a
 * <failure>; broken, timeout, crash, invalid-tap and leak are <error>s; skips
 * and expected failures (from the baseline) are <skipped>, with the details
 * in <system-out>, so that only what needs attention is red.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"

static void attr(struct sbuf *b, const char *name, const char *val)
{
	sb_printf(b, " %s=\"", name);
	xml_escape_into(b, val ? val : "");
	sb_putc(b, '"');
}

static void testcase(struct sbuf *b, const struct job *j)
{
	char name[512];
	if (j->runs > 1)
		snprintf(name, sizeof name, "%s (run %d)", j->c->behavior_name, j->run);
	else
		snprintf(name, sizeof name, "%s", j->c->behavior_name);
	sb_puts(b, "    <testcase");
	attr(b, "classname", j->c->facility);
	attr(b, "name", name);
	sb_printf(b, " time=\"%.3f\">\n", j->seconds);
	/* who documents the behavior: posix, linux or kernel (docs/case-protocol.md) */
	sb_puts(b, "      <properties><property name=\"level\"");
	attr(b, "value", j->c->level);
	sb_puts(b, "/></properties>\n");
	const char *msg = j->message ? j->message : "";
	if (j->bl == BL_XPASS) {
		char *m = xasprintf("unexpected pass%s%s%s: baseline expected %s%s%s",
		                    j->bl_detail ? " (" : "", j->bl_detail ? j->bl_detail : "",
		                    j->bl_detail ? ")" : "", j->bl_expected,
		                    j->bl_reason ? ": " : "", j->bl_reason ? j->bl_reason : "");
		sb_puts(b, "      <failure type=\"unexpected-pass\"");
		attr(b, "message", m);
		sb_puts(b, "/>\n");
		free(m);
	} else if (j->bl == BL_XFAIL || j->outcome == O_SKIP) {
		char *m = j->bl == BL_XFAIL ? xasprintf("expected failure (%s): %s",
		                                        outcome_name(j->outcome), msg)
		                            : xstrdup(msg);
		sb_puts(b, "      <skipped");
		attr(b, "message", m);
		sb_puts(b, "/>\n");
		free(m);
	} else if (outcome_bad(j->outcome)) {
		const char *el = j->outcome == O_FAIL ? "failure" : "error";
		sb_printf(b, "      <%s", el);
		attr(b, "type", outcome_name(j->outcome));
		attr(b, "message", msg);
		sb_puts(b, ">");
		struct sbuf text = {0};
		sb_printf(&text, "%s\n%s after %.2fs\n", msg, j->exit_desc ? j->exit_desc : "?",
		          j->seconds);
		for (size_t i = 0; i < j->rep.leaks.n; i++)
			sb_printf(&text, "leaked: %s\n", j->rep.leaks.v[i]);
		xml_escape_into(b, sb_str(&text));
		sb_free(&text);
		sb_printf(b, "</%s>\n", el);
	}
	if (j->out.len) {
		sb_puts(b, "      <system-out>");
		xml_escape_into(b, sb_str(&j->out));
		sb_puts(b, "</system-out>\n");
	}
	if (j->err_tail.len) {
		char *tail = stderr_tail(j, 8192);
		sb_puts(b, "      <system-err>");
		xml_escape_into(b, tail);
		sb_puts(b, "</system-err>\n");
		free(tail);
	}
	sb_puts(b, "    </testcase>\n");
}

struct suite {
	const char *facility;
	int tests, failures, errors, skipped;
	double time;
};

static void tally(struct suite *s, const struct job *j)
{
	s->tests++;
	s->time += j->seconds;
	if (j->bl == BL_XPASS)
		s->failures++;
	else if (j->bl == BL_XFAIL || j->outcome == O_SKIP)
		s->skipped++;
	else if (j->outcome == O_FAIL)
		s->failures++;
	else if (outcome_bad(j->outcome))
		s->errors++;
}

int junit_write(const char *file, const struct run *r)
{
	struct suite *su = xcalloc(r->njobs + 1, sizeof *su);
	size_t ns = 0;
	struct suite all = {0};
	for (size_t i = 0; i < r->njobs; i++) {
		const struct job *j = &r->jobs[i];
		if (!j->finished)
			continue;
		size_t k;
		for (k = 0; k < ns && strcmp(su[k].facility, j->c->facility); k++)
			;
		if (k == ns)
			su[ns++].facility = j->c->facility;
		tally(&su[k], j);
		tally(&all, j);
	}
	struct sbuf b = {0};
	sb_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	sb_printf(&b,
	          "<testsuites name=\"ipcsuite\" tests=\"%d\" failures=\"%d\" errors=\"%d\" "
	          "skipped=\"%d\" time=\"%.3f\">\n",
	          all.tests, all.failures, all.errors, all.skipped, r->wall);
	for (size_t k = 0; k < ns; k++) {
		sb_puts(&b, "  <testsuite");
		attr(&b, "name", su[k].facility);
		sb_printf(&b,
		          " tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" "
		          "time=\"%.3f\"",
		          su[k].tests, su[k].failures, su[k].errors, su[k].skipped, su[k].time);
		attr(&b, "timestamp", r->started);
		sb_puts(&b, ">\n    <properties>\n");
		sb_puts(&b, "      <property name=\"isolation\"");
		attr(&b, "value", r->iso.desc);
		sb_puts(&b, "/>\n      <property name=\"kernel\"");
		attr(&b, "value", r->kernel);
		sb_puts(&b, "/>\n    </properties>\n");
		for (size_t i = 0; i < r->njobs; i++)
			if (r->jobs[i].finished && !strcmp(r->jobs[i].c->facility, su[k].facility))
				testcase(&b, &r->jobs[i]);
		sb_puts(&b, "  </testsuite>\n");
	}
	sb_puts(&b, "</testsuites>\n");
	free(su);
	return sb_write_file(&b, file);
}
