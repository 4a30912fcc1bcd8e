/*
 * verdict.c - one outcome per case run, from its TAP, its exit status and
 * what its supervisor saw (timeout, leaks). The order of the checks matters:
 * runner-detected problems first, then protocol consistency, and only a case
 * whose TAP and exit status agree can pass. Anything doubtful is not a pass.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "runner.h"

static const char *const names[O__COUNT] = {
    [O_PASS] = "pass",           [O_SKIP] = "skip",       [O_FAIL] = "fail",
    [O_BROKEN] = "broken",       [O_TIMEOUT] = "timeout", [O_CRASH] = "crash",
    [O_INVALID] = "invalid-tap", [O_LEAK] = "leak",
};

const char *outcome_name(enum outcome o)
{
	return o < O__COUNT ? names[o] : "?";
}

bool outcome_bad(enum outcome o)
{
	return o != O_PASS && o != O_SKIP;
}

/* "test: message (file:line)" for the first diagnostic of the wanted kind. */
static char *diag_message(const struct tap *t, bool want_broken)
{
	const struct diag *d = NULL;
	for (size_t i = 0; i < t->ndiags && !d; i++) {
		bool broken = t->diags[i].outcome && !strcmp(t->diags[i].outcome, "broken");
		if (broken == want_broken)
			d = &t->diags[i];
	}
	if (!d && t->ndiags)
		d = &t->diags[0];
	if (!d)
		return xasprintf("%d test(s) not ok", t->n_notok);
	struct sbuf b = {0};
	sb_printf(&b, "%s: ", d->test && *d->test ? d->test : "(unnamed test)");
	const char *m = diag_get(d, "message");
	sb_puts(&b, m ? m : "not ok (no diagnostic)");
	const char *file = diag_get(d, "file"), *line = diag_get(d, "line");
	if (file)
		sb_printf(&b, " (%s%s%s)", file, line ? ":" : "", line ? line : "");
	const char *exp = diag_get(d, "expected"), *got = diag_get(d, "got");
	if (exp || got)
		sb_printf(&b, "; expected %s, got %s", exp ? exp : "?", got ? got : "?");
	if (t->n_notok > 1)
		sb_printf(&b, " (and %d more not ok)", t->n_notok - 1);
	char *clean = sanitize(b.s, b.len);
	sb_free(&b);
	return clean;
}

void verdict(struct job *j, double scale)
{
	struct tap *t = &j->tap;
	struct leakrep *r = &j->rep;
	char ex[96];
	if (r->have_status)
		describe_status(r->status, ex, sizeof ex);
	else if (j->backstop_killed)
		snprintf(ex, sizeof ex, "killed by the runner");
	else
		snprintf(ex, sizeof ex, "no exit status");
	free(j->exit_desc);
	j->exit_desc = xstrdup(ex);

	enum outcome o;
	char *msg;
	int code = r->have_status && WIFEXITED(r->status) ? WEXITSTATUS(r->status) : -1;
	if (r->timed_out || j->backstop_killed) {
		o = O_TIMEOUT;
		msg = xasprintf(
		    "did not finish within its timeout (%gs); killed with all its processes",
		    j->c->timeout * scale);
	} else if (r->errors.n) {
		o = O_BROKEN;
		msg = xasprintf("runner could not run the case: %s", r->errors.v[0]);
	} else if (!r->have_status) {
		o = O_CRASH;
		msg = xasprintf("the case's supervisor ended without reporting its exit status");
	} else if (WIFSIGNALED(r->status)) {
		o = O_CRASH;
		msg = xstrdup(ex);
	} else if (code != 0 && code != 1 && code != 4) {
		o = O_INVALID;
		msg = xasprintf("%s, not a protocol exit status (0, 1 or 4)", ex);
	} else if (t->problem) {
		o = O_INVALID;
		msg = xasprintf("invalid TAP: %s%s%s", t->problem,
		                t->bailout ? "; it also bailed out: " : "",
		                t->bailout ? t->bailout : "");
	} else if (t->bailout) {
		o = O_INVALID;
		msg = xasprintf("the case bailed out (not part of the protocol): %s", t->bailout);
	} else if (!t->have_plan) {
		o = O_INVALID;
		msg = xasprintf("invalid TAP: no plan (1..N) in the case's output");
	} else if (t->results != t->plan_n) {
		o = O_INVALID;
		msg = xasprintf("invalid TAP: planned %d test(s) but %d reported", t->plan_n,
		                t->results);
	} else if (t->plan_skip || t->plan_n == 0) {
		if (code == 4) {
			o = O_SKIP;
			msg = xstrdup(t->plan_reason && *t->plan_reason ? t->plan_reason
			                                                : "(no reason given)");
		} else {
			o = O_INVALID;
			msg =
			    xasprintf("skip plan (1..0) but %s (a skipped case exits with 4)", ex);
		}
	} else if (code == 4) {
		o = O_INVALID;
		msg =
		    xasprintf("exited with 4 (whole case skipped) without a \"1..0 # SKIP\" plan");
	} else if (t->n_notok) {
		if (code != 1) {
			o = O_INVALID;
			msg = xasprintf("%d test(s) not ok but the case %s (expected 1)",
			                t->n_notok, ex);
		} else if (t->n_notok_broken == t->n_notok) {
			o = O_BROKEN;
			msg = diag_message(t, true);
		} else {
			o = O_FAIL;
			msg = diag_message(t, false);
		}
	} else if (code != 0) {
		o = O_INVALID;
		msg = xasprintf("all tests ok but the case %s (expected 0)", ex);
	} else if (t->n_skip && t->n_skip + t->n_todo == t->results) {
		o = O_SKIP;
		msg = xstrdup(t->first_skip_reason ? t->first_skip_reason : "(no reason given)");
	} else {
		o = O_PASS;
		msg = NULL;
	}

	if (r->leaks.n && o != O_TIMEOUT && o != O_CRASH && o != O_INVALID) {
		struct sbuf b = {0};
		sb_printf(&b, "leaked %zu object(s): ", r->leaks.n);
		for (size_t i = 0; i < r->leaks.n; i++)
			sb_printf(&b, "%s%s", i ? ", " : "", r->leaks.v[i]);
		if (msg)
			sb_printf(&b, " (case outcome otherwise: %s: %s)", outcome_name(o), msg);
		free(msg);
		msg = b.s;
		o = O_LEAK;
	}
	j->outcome = o;
	free(j->message);
	j->message = msg;
}
