/*
 * report_summary.c - the human summary: counts per facility, each failure
 * with its diagnostic, skips grouped by reason, baseline differences, flaky
 * cases, the isolation mode and the wall time.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runner.h"

struct counts {
	const char *name; /* a facility or a level */
	int n[O__COUNT];
};

/* The row of name in v (added when new). */
static int *row(struct counts *v, size_t *n, const char *name)
{
	size_t k;
	for (k = 0; k < *n && strcmp(v[k].name, name); k++)
		;
	if (k == *n)
		v[(*n)++].name = name;
	return v[k].n;
}

static void count_row(FILE *f, const char *name, const int *c)
{
	int other = c[O_TIMEOUT] + c[O_CRASH] + c[O_INVALID] + c[O_LEAK];
	fprintf(f, "%-20s %6d %6d %6d %6d %6d\n", name, c[O_PASS], c[O_FAIL], c[O_BROKEN],
	        c[O_SKIP], other);
}

/* One row per name, then the total row when total is not NULL. */
static void count_table(FILE *f, const char *title, const struct counts *v, size_t n,
                        const int *total)
{
	fprintf(f, "\n%-20s %6s %6s %6s %6s %6s\n", title, "pass", "fail", "broken", "skip",
	        "other");
	for (size_t k = 0; k < n; k++)
		count_row(f, v[k].name, v[k].n);
	if (total)
		count_row(f, "total", total);
}

static bool counts_as_failure(const struct job *j)
{
	if (j->bl == BL_XPASS)
		return true;
	return outcome_bad(j->outcome) && j->bl != BL_XFAIL;
}

static void indent_block(FILE *f, const char *text, const char *prefix)
{
	for (const char *s = text; *s;) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s);
		fprintf(f, "%s%.*s\n", prefix, (int)len, s);
		s += len + (nl ? 1 : 0);
	}
}

static void job_name(char *buf, size_t len, const struct job *j)
{
	if (j->runs > 1)
		snprintf(buf, len, "%s (run %d)", j->c->id, j->run);
	else
		snprintf(buf, len, "%s", j->c->id);
}

static void list_failure(FILE *f, const struct run *r, const struct job *j)
{
	char name[512];
	job_name(name, sizeof name, j);
	if (j->bl == BL_XPASS) {
		fprintf(f, "  %s: unexpected pass%s%s (baseline expected %s%s%s)\n", name,
		        j->bl_detail ? ": " : "", j->bl_detail ? j->bl_detail : "", j->bl_expected,
		        j->bl_reason ? ": " : "", j->bl_reason ? j->bl_reason : "");
		return;
	}
	char *msg = sanitize(j->message ? j->message : "", strlen(j->message ? j->message : ""));
	fprintf(f, "  %s: %s: %s\n", name, outcome_name(j->outcome), msg);
	free(msg);
	fprintf(f, "      %s after %.2fs%s\n", j->exit_desc ? j->exit_desc : "?", j->seconds,
	        j->bl == BL_REGRESS && j->bl_expected ? "; regression from the baseline" : "");
	if (j->bl == BL_REGRESS && j->bl_detail)
		fprintf(f, "      baseline expected %s; now %s\n", j->bl_expected, j->bl_detail);
	for (size_t i = 0; i < j->rep.leaks.n; i++)
		fprintf(f, "      leaked: %s\n", j->rep.leaks.v[i]);
	if (j->err_tail.len && !r->o->quiet) {
		char *tail = stderr_tail(j, r->o->verbose ? 4096 : 600);
		fprintf(f, "      stderr:\n");
		indent_block(f, tail, "        | ");
		free(tail);
	}
}

void summary_write(FILE *f, const struct run *r)
{
	const struct opts *o = r->o;
	struct counts *fac = xcalloc(r->njobs + 1, sizeof *fac);
	struct counts lv[3] = {{"posix", {0}}, {"linux", {0}}, {"kernel", {0}}};
	size_t nfac = 0;
	int total[O__COUNT] = {0};
	int nfail = 0, nxfail = 0, nxpass = 0, nregress = 0, ndiffer = 0, nfinished = 0;
	int npass_unexpected = 0;
	for (size_t i = 0; i < r->njobs; i++) {
		const struct job *j = &r->jobs[i];
		if (!j->finished)
			continue;
		nfinished++;
		row(fac, &nfac, j->c->facility)[j->outcome]++;
		for (size_t k = 0; k < 3; k++) /* the manifest allows only these */
			lv[k].n[j->outcome] += !strcmp(lv[k].name, j->c->level);
		total[j->outcome]++;
		nfail += counts_as_failure(j);
		nxfail += j->bl == BL_XFAIL;
		nxpass += j->bl == BL_XPASS;
		npass_unexpected += j->bl == BL_XPASS && j->outcome == O_PASS;
		nregress += j->bl == BL_REGRESS || j->bl == BL_XPASS;
		ndiffer += j->bl == BL_DIFFERS;
	}

	if (!o->quiet) {
		fprintf(f, "\nipcsuite %s: %d case run(s)", IPCSUITE_VERSION, nfinished);
		if (o->repeat > 1)
			fprintf(f, " (%d repeats)", o->repeat);
		fprintf(f, " in %.2fs, jobs: %d\n", r->wall, r->jobs_limit);
		fprintf(f, "platform: %s (%s), %s\n", r->kernel, r->machine, r->libc);
		fprintf(f, "isolation: %s%s%s%s\n", r->iso.desc, r->iso.reason[0] ? " (" : "",
		        r->iso.reason, r->iso.reason[0] ? ")" : "");
		if (r->jobs_note)
			fprintf(f, "note: %s\n", r->jobs_note);
		if (!r->iso.on)
			fprintf(f, "note: leak checks diff the host's IPC objects: other programs "
			           "using IPC at the same time can show up as leaks\n");
		if (!r->mq_visible)
			fprintf(f,
			        "note: no mqueue filesystem visible: POSIX message queue leaks are "
			        "found only through cleanup records\n");
		if (access("/proc/sysvipc/sem", F_OK) != 0)
			fprintf(
			    f,
			    "note: no /proc/sysvipc (gVisor, or a kernel without it): SysV objects "
			    "a case leaves are not seen as leaks; cleanup records still remove "
			    "what cases registered\n");
		if (r->bl)
			fprintf(f, "baseline: %s\n", r->bl->file);
		count_table(f, "facility", fac, nfac, total);
		/* who documents what failed: POSIX, the Linux man pages, or only the kernel */
		count_table(f, "level", lv, 3, NULL);
		if (total[O_TIMEOUT] + total[O_CRASH] + total[O_INVALID] + total[O_LEAK])
			fprintf(f, "(other: %d timeout, %d crash, %d invalid-tap, %d leak)\n",
			        total[O_TIMEOUT], total[O_CRASH], total[O_INVALID], total[O_LEAK]);
	}

	if (nfail) {
		fprintf(f, "\n%s (%d):\n", r->bl ? "Regressions" : "Failures", nfail);
		for (size_t i = 0; i < r->njobs; i++)
			if (r->jobs[i].finished && counts_as_failure(&r->jobs[i]))
				list_failure(f, r, &r->jobs[i]);
	}
	if (nxfail && !o->quiet) {
		fprintf(f, "\nExpected failures (%d):\n", nxfail);
		for (size_t i = 0; i < r->njobs; i++) {
			const struct job *j = &r->jobs[i];
			if (!j->finished || j->bl != BL_XFAIL)
				continue;
			char name[512];
			job_name(name, sizeof name, j);
			fprintf(f, "  %s: %s (baseline: %s%s%s)\n", name, outcome_name(j->outcome),
			        j->bl_expected, j->bl_reason ? ": " : "",
			        j->bl_reason ? j->bl_reason : "");
		}
	}
	if (ndiffer) {
		fprintf(f, "\nOutcome differs from baseline, not a regression (%d):\n", ndiffer);
		for (size_t i = 0; i < r->njobs; i++) {
			const struct job *j = &r->jobs[i];
			if (!j->finished || j->bl != BL_DIFFERS)
				continue;
			char name[512];
			job_name(name, sizeof name, j);
			fprintf(f, "  %s: %s, baseline expected %s%s%s\n", name,
			        outcome_name(j->outcome), j->bl_expected, j->bl_reason ? ": " : "",
			        j->bl_reason ? j->bl_reason : "");
		}
	}
	if (total[O_SKIP] && !o->quiet) {
		fprintf(f, "\nSkipped (%d):\n", total[O_SKIP]);
		bool *shown = xcalloc(r->njobs + 1, sizeof *shown);
		for (size_t i = 0; i < r->njobs; i++) {
			const struct job *j = &r->jobs[i];
			if (!j->finished || j->outcome != O_SKIP || shown[i])
				continue;
			const char *why = j->message ? j->message : "";
			int n = 0;
			struct sbuf ids = {0};
			struct strlist seen = {0};
			for (size_t k = i; k < r->njobs; k++) {
				const struct job *o2 = &r->jobs[k];
				if (!o2->finished || o2->outcome != O_SKIP || shown[k] ||
				    strcmp(o2->message ? o2->message : "", why))
					continue;
				shown[k] = true;
				n++;
				if (!sl_has(&seen, o2->c->id)) {
					sl_add(&seen, o2->c->id);
					sb_printf(&ids, "%s%s", ids.len ? ", " : "", o2->c->id);
				}
			}
			char *clean = sanitize(why, strlen(why));
			fprintf(f, "  %s (%d): %s\n", clean, n, sb_str(&ids));
			free(clean);
			sb_free(&ids);
			sl_free(&seen);
		}
		free(shown);
	}
	if (r->flaky.n) {
		fprintf(f, "\nFlaky: outcome changed between runs (%zu):\n", r->flaky.n);
		for (size_t i = 0; i < r->flaky.n; i++)
			fprintf(f, "  %s\n", r->flaky.v[i]);
	}
	if (o->verbose) {
		bool header = false;
		for (size_t i = 0; i < r->njobs; i++) {
			const struct job *j = &r->jobs[i];
			for (size_t k = 0; j->finished && k < j->rep.notes.n; k++) {
				if (!header)
					fprintf(f, "\nNotes:\n");
				header = true;
				fprintf(f, "  %s: %s\n", j->c->id, j->rep.notes.v[k]);
			}
		}
	}
	if (r->interrupted)
		fprintf(f, "\nInterrupted: %zu of %zu case run(s) did not finish.\n",
		        r->njobs - (size_t)nfinished, r->njobs);

	/* each case run counted once, as what it is: an unexpected pass is neither
	 * a pass nor a failure here; regressions are the failures and the
	 * unexpected passes together */
	int passed = total[O_PASS] - npass_unexpected;
	fprintf(f, "\n%s: %d passed, %d failed, %d skipped", r->exit_code == 0 ? "PASS" : "FAIL",
	        passed, nfail - nxpass, total[O_SKIP]);
	if (r->bl)
		fprintf(f, ", %d expected failures, %d unexpected passes; %d regressions", nxfail,
		        nxpass, nregress);
	if (r->flaky.n)
		fprintf(f, ", %zu flaky", r->flaky.n);
	fprintf(f, " (exit %d)\n", r->exit_code);
	free(fac);
}
