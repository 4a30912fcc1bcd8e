/* report_json.c - --json FILE: one object with the run's facts and every case run's result. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"

static void kv_str(struct sbuf *b, const char *indent, const char *key, const char *val, bool comma)
{
	sb_printf(b, "%s\"%s\": ", indent, key);
	json_quote_into(b, val);
	if (comma)
		sb_putc(b, ',');
	sb_putc(b, '\n');
}

static void str_array(struct sbuf *b, const struct strlist *l)
{
	sb_putc(b, '[');
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			sb_puts(b, ", ");
		json_quote_into(b, l->v[i]);
	}
	sb_putc(b, ']');
}

static void job_json(struct sbuf *b, const struct job *j)
{
	const char *in = "      ";
	sb_puts(b, "    {\n");
	kv_str(b, in, "id", j->c->id, true);
	kv_str(b, in, "facility", j->c->facility, true);
	kv_str(b, in, "level", j->c->level, true);
	kv_str(b, in, "ref", j->c->ref, true);
	sb_printf(b, "%s\"run\": %d,\n", in, j->run);
	kv_str(b, in, "outcome", outcome_name(j->outcome), true);
	kv_str(b, in, "message", j->message, true);
	kv_str(b, in, "exit", j->exit_desc, true);
	if (j->rep.have_status)
		sb_printf(b, "%s\"wait_status\": %d,\n", in, j->rep.status);
	sb_printf(b, "%s\"seconds\": %.3f,\n", in, j->seconds);
	const struct tap *t = &j->tap;
	sb_printf(b,
	          "%s\"tests\": {\"planned\": %d, \"reported\": %d, \"ok\": %d, \"not_ok\": %d, "
	          "\"skipped\": %d, \"todo\": %d},\n",
	          in, t->have_plan ? t->plan_n : -1, t->results, t->n_ok - t->n_skip, t->n_notok,
	          t->n_skip, t->n_todo);
	sb_printf(b, "%s\"diagnostics\": [", in);
	for (size_t i = 0; i < t->ndiags; i++) {
		const struct diag *d = &t->diags[i];
		sb_puts(b, i ? ", {" : "{");
		sb_puts(b, "\"test\": ");
		json_quote_into(b, d->test);
		sb_printf(b, ", \"number\": %d", d->number);
		for (size_t k = 0; k < d->nkv; k++) {
			sb_puts(b, ", ");
			json_quote_into(b, d->key[k]);
			sb_puts(b, ": ");
			json_quote_into(b, d->val[k]);
		}
		sb_putc(b, '}');
	}
	sb_puts(b, "],\n");
	sb_printf(b, "%s\"leaks\": ", in);
	str_array(b, &j->rep.leaks);
	sb_printf(b, ",\n%s\"notes\": ", in);
	str_array(b, &j->rep.notes);
	sb_printf(b, ",\n%s\"output_truncated\": %s,\n", in, j->out_dropped ? "true" : "false");
	char *tail = stderr_tail(j, 4096);
	kv_str(b, in, "stderr_tail", tail, true);
	free(tail);
	sb_printf(b, "%s\"baseline\": ", in);
	if (j->bl == BL_NONE) {
		sb_puts(b, "null");
	} else {
		sb_puts(b, "{\"status\": ");
		json_quote_into(b, bl_status_name(j->bl));
		sb_puts(b, ", \"expected\": ");
		json_quote_into(b, j->bl_expected);
		sb_puts(b, ", \"reason\": ");
		json_quote_into(b, j->bl_reason);
		sb_puts(b, ", \"detail\": ");
		json_quote_into(b, j->bl_detail);
		sb_printf(b, ", \"kind_differs\": %s}", j->bl_differs ? "true" : "false");
	}
	sb_printf(b, ",\n%s\"flaky\": %s\n    }", in, j->flaky ? "true" : "false");
}

int json_write(const char *file, const struct run *r)
{
	struct sbuf b = {0};
	const char *in = "  ";
	int count[O__COUNT] = {0};
	for (size_t i = 0; i < r->njobs; i++)
		if (r->jobs[i].finished)
			count[r->jobs[i].outcome]++;
	sb_puts(&b, "{\n");
	kv_str(&b, in, "ipcsuite_version", IPCSUITE_VERSION, true);
	kv_str(&b, in, "started", r->started, true);
	sb_printf(&b, "  \"wall_seconds\": %.3f,\n", r->wall);
	kv_str(&b, in, "kernel", r->kernel, true);
	kv_str(&b, in, "machine", r->machine, true);
	kv_str(&b, in, "libc", r->libc, true);
	kv_str(&b, in, "manifest", r->m->file, true);
	sb_puts(&b, "  \"isolation\": {\"mode\": ");
	json_quote_into(&b, r->iso.desc);
	sb_puts(&b, ", \"reason\": ");
	json_quote_into(&b, r->iso.reason[0] ? r->iso.reason : NULL);
	sb_puts(&b, "},\n");
	sb_printf(&b, "  \"jobs\": %d,\n  \"timeout_scale\": %g,\n  \"repeat\": %d,\n",
	          r->jobs_limit, r->o->timeout_scale, r->o->repeat);
	kv_str(&b, in, "baseline", r->bl ? r->bl->file : NULL, true);
	sb_printf(&b, "  \"interrupted\": %s,\n", r->interrupted ? "true" : "false");
	sb_printf(&b, "  \"exit_code\": %d,\n", r->exit_code);
	sb_puts(&b, "  \"totals\": {");
	for (int o = 0; o < O__COUNT; o++)
		sb_printf(&b, "%s\"%s\": %d", o ? ", " : "", outcome_name((enum outcome)o),
		          count[o]);
	sb_puts(&b, "},\n  \"totals_by_level\": {");
	static const char *const levels[] = {"posix", "linux", "kernel"};
	for (int l = 0; l < 3; l++) {
		sb_printf(&b, "%s\"%s\": {", l ? ", " : "", levels[l]);
		for (int o = 0; o < O__COUNT; o++) {
			int n = 0;
			for (size_t i = 0; i < r->njobs; i++)
				n += r->jobs[i].finished && r->jobs[i].outcome == (enum outcome)o &&
				     !strcmp(r->jobs[i].c->level, levels[l]);
			sb_printf(&b, "%s\"%s\": %d", o ? ", " : "", outcome_name((enum outcome)o),
			          n);
		}
		sb_putc(&b, '}');
	}
	sb_puts(&b, "},\n  \"flaky\": ");
	str_array(&b, &r->flaky);
	sb_puts(&b, ",\n  \"results\": [\n");
	bool first = true;
	for (size_t i = 0; i < r->njobs; i++) {
		if (!r->jobs[i].finished)
			continue;
		if (!first)
			sb_puts(&b, ",\n");
		first = false;
		job_json(&b, &r->jobs[i]);
	}
	sb_puts(&b, "\n  ]\n}\n");
	return sb_write_file(&b, file);
}
