/*
 * timings.c - what the runner knows of how long cases take, and the order
 * it starts them in.
 *
 * --timings FILE is read before the run (when it exists) and written after
 * it: one line per case, "id <TAB> wall ms <TAB> CPU ms". A case known to be
 * long starts first (longest first), so that the run does not end with one
 * long case on an otherwise idle machine. A case that mostly sleeps (its CPU
 * time is under a quarter of its wall time, over SLEEPER_MS), or that is
 * tagged "sleeps" when the file does not know it, runs in a slot of its own
 * beside the -j CPU slots: waiting for a clock or a timeout needs no CPU.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"

#define SLEEPER_MS     200  /* shorter sleeps are not worth a slot of their own */
#define TAGGED_EST_MS  1000 /* "sleeps" without a timing: assume this long */
#define TIMINGS_HEADER "# ipcsuite timings 1: id, wall ms, CPU ms"

struct timing {
	const char *id;
	long wall, cpu;
};

static int by_id(const void *a, const void *b)
{
	return strcmp(((const struct timing *)a)->id, ((const struct timing *)b)->id);
}

/* The file's lines, sorted by id; a missing or malformed file is no help
 * (the run still runs), never an error. */
static struct timing *timings_load(const char *file, size_t *n)
{
	*n = 0;
	FILE *f = fopen(file, "re");
	if (!f)
		return NULL;
	size_t cap = 0;
	struct timing *v = NULL;
	char line[1024];
	while (fgets(line, sizeof line, f)) {
		char id[900];
		long wall, cpu;
		if (line[0] == '#' || sscanf(line, "%899[^\t]\t%ld\t%ld", id, &wall, &cpu) != 3)
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 256;
			v = xrealloc(v, cap * sizeof *v);
		}
		v[(*n)++] = (struct timing){xstrdup(id), wall, cpu};
	}
	fclose(f);
	if (*n)
		qsort(v, *n, sizeof *v, by_id);
	return v;
}

static long *est_ms; /* qsort has no context argument: the estimates */

static int by_estimate(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	if (est_ms[x] != est_ms[y])
		return est_ms[x] > est_ms[y] ? -1 : 1;
	return x < y ? -1 : x > y; /* stable: manifest order among equals */
}

void plan_order(struct run *r, const char *timings_file)
{
	size_t nt = 0;
	struct timing *t = timings_file ? timings_load(timings_file, &nt) : NULL;
	est_ms = xcalloc(r->njobs, sizeof *est_ms);
	for (size_t i = 0; i < r->njobs; i++) {
		struct job *j = &r->jobs[i];
		struct timing key = {.id = j->c->id}, *hit = NULL;
		if (nt)
			hit = bsearch(&key, t, nt, sizeof *t, by_id);
		if (hit) {
			est_ms[i] = hit->wall;
			j->sleeper = hit->wall >= SLEEPER_MS && hit->cpu * 4 < hit->wall;
		} else if (sl_has(&j->c->tags, "sleeps")) {
			est_ms[i] = TAGGED_EST_MS;
			j->sleeper = true;
		}
	}
	r->order = xcalloc(r->njobs, sizeof *r->order);
	for (size_t i = 0; i < r->njobs; i++)
		r->order[i] = i;
	qsort(r->order, r->njobs, sizeof *r->order, by_estimate);
	/* With -j1 (or no isolation, where cases must run one at a time for
	 * the leak diff) nothing runs beside a case, sleeping or not. */
	r->sleep_slots = r->iso.on && r->jobs_limit > 1 ? (size_t)r->jobs_limit : 0;
	free(est_ms);
	est_ms = NULL;
	for (size_t i = 0; i < nt; i++)
		free((char *)t[i].id);
	free(t);
}

int timings_write(const char *file, const struct run *r)
{
	/* longest run of each case (over --repeat) */
	size_t nt = 0;
	struct timing *old = timings_load(file, &nt);
	struct sbuf b = {0};
	sb_printf(&b, "%s\n", TIMINGS_HEADER);
	for (size_t i = 0; i < r->njobs; i++) {
		const struct job *j = &r->jobs[i];
		if (!j->finished || j->runner_skip || j->run != 1)
			continue;
		long wall = (long)(j->seconds * 1000), cpu = j->rep.cpu_ms;
		for (size_t k = i + 1; k < r->njobs; k++) {
			const struct job *o = &r->jobs[k];
			if (o->c == j->c && o->finished && (long)(o->seconds * 1000) > wall) {
				wall = (long)(o->seconds * 1000);
				cpu = o->rep.cpu_ms;
			}
		}
		sb_printf(&b, "%s\t%ld\t%ld\n", j->c->id, wall, cpu);
	}
	/* cases this run did not select keep what was known of them */
	for (size_t i = 0; i < nt; i++) {
		bool ran = false;
		for (size_t k = 0; k < r->njobs && !ran; k++)
			ran = r->jobs[k].finished && !r->jobs[k].runner_skip &&
			      !strcmp(r->jobs[k].c->id, old[i].id);
		if (!ran)
			sb_printf(&b, "%s\t%ld\t%ld\n", old[i].id, old[i].wall, old[i].cpu);
		free((char *)old[i].id);
	}
	free(old);
	return sb_write_file(&b, file);
}
