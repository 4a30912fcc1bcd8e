/*
 * bench.c - ipcsuite-bench, the driver of ci/bench: three ratios, each
 * measured in this one run, A against B, alternating, so that a machine's
 * load weighs on both sides alike.
 *
 *   runner   ipcsuite run -j1 over the fastest cases vs the same executables
 *            run one after another directly (goal <= 1.25)
 *   start-up a case with one trivial test vs a static program that does
 *            nothing (goal: at most 2 ms more)
 *   suite    ipcsuite run -jCPUS wall vs max(longest case, sum of the cases'
 *            CPU time / CPUs), from that run's own --timings (goal <= 1.2)
 *
 * Usage: ipcsuite-bench --runner IPCSUITE --manifest FILE --floor PROG
 *                       --trivial CASE --work DIR [--quick] [FILTER...]
 * --quick: a few rounds over a few cases, to show that it runs (ctest).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static void die(const char *what)
{
	fprintf(stderr, "ipcsuite-bench: %s: %s\n", what, strerror(errno));
	exit(3);
}

static const char *tmpdir; /* TMPDIR of the cases run directly */

static double last_cpu; /* CPU ms of the last run_ms(), its processes' */

/* Runs argv with stdout and stderr on /dev/null; its wall time in ms. */
static double run_ms(char *const *argv, int *status)
{
	double t0 = now_ms();
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		dup2(null, 0);
		dup2(null, 1);
		dup2(null, 2);
		setenv("TMPDIR", tmpdir, 1);
		execv(argv[0], argv);
		_exit(127);
	}
	int st;
	struct rusage ru;
	while (wait4(pid, &st, 0, &ru) < 0)
		if (errno != EINTR)
			die("wait4");
	last_cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
	           (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
	if (status)
		*status = st;
	return now_ms() - t0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* ------------------------------------------------------------ manifest */

struct mcase {
	char id[512], path[8192], needs[512];
	long wall, cpu; /* from the timings; -1 unknown */
};

static struct mcase *cases;
static size_t ncases;

static void load_manifest(const char *file)
{
	FILE *f = fopen(file, "r");
	if (!f)
		die(file);
	char dir[4096];
	snprintf(dir, sizeof dir, "%s", file);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = 0;
	else
		snprintf(dir, sizeof dir, ".");
	char line[8192];
	size_t cap = 0;
	while (fgets(line, sizeof line, f)) {
		char id[512], rel[2048], needs[512];
		int ntests, timeout;
		if (line[0] == '#' || sscanf(line, "%511[^\t]\t%2047[^\t]\t%d\t%d\t%511[^\t]", id,
		                             rel, &ntests, &timeout, needs) != 5)
			continue;
		if (ncases == cap) {
			cap = cap ? cap * 2 : 1024;
			cases = realloc(cases, cap * sizeof *cases);
			if (!cases)
				die("realloc");
		}
		struct mcase *c = &cases[ncases++];
		snprintf(c->id, sizeof c->id, "%s", id);
		snprintf(c->path, sizeof c->path, "%s/%s", dir, rel);
		snprintf(c->needs, sizeof c->needs, "%s", needs);
		c->wall = c->cpu = -1;
	}
	fclose(f);
}

static void load_timings(const char *file)
{
	FILE *f = fopen(file, "r");
	if (!f)
		die(file);
	char line[1024];
	while (fgets(line, sizeof line, f)) {
		char id[512];
		long wall, cpu;
		if (line[0] == '#' || sscanf(line, "%511[^\t]\t%ld\t%ld", id, &wall, &cpu) != 3)
			continue;
		for (size_t i = 0; i < ncases; i++)
			if (!strcmp(cases[i].id, id)) {
				cases[i].wall = wall;
				cases[i].cpu = cpu;
			}
	}
	fclose(f);
}

static int by_wall(const void *a, const void *b)
{
	const struct mcase *x = *(struct mcase *const *)a, *y = *(struct mcase *const *)b;
	return x->wall < y->wall ? -1 : x->wall > y->wall;
}

/* ------------------------------------------------------------ main */

int main(int argc, char **argv)
{
	const char *runner = NULL, *manifest = NULL, *floor_prog = NULL, *trivial = NULL,
	           *work = NULL;
	bool quick = false;
	char *filters[64];
	int nfilters = 0;
	for (int i = 1; i < argc; i++) {
		const char **opt = !strcmp(argv[i], "--runner")     ? &runner
		                   : !strcmp(argv[i], "--manifest") ? &manifest
		                   : !strcmp(argv[i], "--floor")    ? &floor_prog
		                   : !strcmp(argv[i], "--trivial")  ? &trivial
		                   : !strcmp(argv[i], "--work")     ? &work
		                                                    : NULL;
		if (opt && i + 1 < argc)
			*opt = argv[++i];
		else if (!strcmp(argv[i], "--quick"))
			quick = true;
		else if (argv[i][0] != '-' && nfilters < 60)
			filters[nfilters++] = argv[i];
		else {
			fprintf(stderr, "ipcsuite-bench: bad argument %s\n", argv[i]);
			return 2;
		}
	}
	if (!runner || !manifest || !floor_prog || !trivial || !work) {
		fprintf(stderr,
		        "usage: ipcsuite-bench --runner IPCSUITE --manifest FILE --floor PROG "
		        "--trivial CASE --work DIR [--quick] [FILTER...]\n");
		return 2;
	}
	tmpdir = work;
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	if (cpus < 1)
		cpus = 1;
	if (quick && !nfilters)
		filters[nfilters++] = "pipe";

	/* the machine */
	char date[64], model[256] = "?", load0[64] = "?";
	time_t t = time(NULL);
	strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", gmtime(&t));
	struct utsname u;
	uname(&u);
	FILE *f = fopen("/proc/cpuinfo", "r");
	char line[1024];
	while (f && fgets(line, sizeof line, f))
		if (!strncmp(line, "model name", 10) && strchr(line, ':')) {
			snprintf(model, sizeof model, "%s", strchr(line, ':') + 2);
			model[strcspn(model, "\n")] = 0;
			break;
		}
	if (f)
		fclose(f);
	f = fopen("/proc/loadavg", "r");
	if (f && fgets(load0, sizeof load0, f))
		load0[strcspn(load0, " ")] = 0;
	if (f)
		fclose(f);
	printf("ipcsuite bench, %s%s\nmachine: %s, %ld CPUs (%s), %s %s, load average %s\n", date,
	       quick ? " (--quick: shows that it runs; the numbers mean little)" : "", u.nodename,
	       cpus, model, u.sysname, u.release, load0);
	fflush(stdout);

	load_manifest(manifest);

	/* 3. the suite: a first run learns the timings, the second is measured */
	char timings[4200], jobs[32];
	snprintf(timings, sizeof timings, "%s/timings.tsv", work);
	snprintf(jobs, sizeof jobs, "-j%ld", cpus);
	char *suite_argv[80] = {(char *)runner,   "run",       jobs,   "--manifest",
	                        (char *)manifest, "--timings", timings};
	int na = 7;
	for (int i = 0; i < nfilters; i++)
		suite_argv[na++] = filters[i];
	suite_argv[na] = NULL;
	int st;
	unlink(timings);
	if (!quick)
		run_ms(suite_argv, &st);
	double suite_wall = run_ms(suite_argv, &st);
	int suite_rc = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	load_timings(timings);
	double cpu_sum = 0, longest = 0;
	size_t ran = 0;
	for (size_t i = 0; i < ncases; i++) {
		if (cases[i].wall < 0)
			continue;
		ran++;
		cpu_sum += (double)cases[i].cpu;
		if (cases[i].wall > longest)
			longest = (double)cases[i].wall;
	}
	double bound = cpu_sum / (double)cpus > longest ? cpu_sum / (double)cpus : longest;

	/* 1. the runner over the fastest cases, against running them directly */
	size_t want = quick ? 5 : 60, nfast = 0;
	struct mcase **fast = calloc(ncases + 1, sizeof *fast);
	for (size_t i = 0; i < ncases; i++)
		if (cases[i].wall >= 0 && !strstr(cases[i].needs, "private-ipc-ns") &&
		    !strstr(cases[i].needs, "exclusive"))
			fast[nfast++] = &cases[i];
	qsort(fast, nfast, sizeof *fast, by_wall);
	if (nfast > want)
		nfast = want;
	char **run_argv = calloc(nfast + 8, sizeof *run_argv);
	run_argv[0] = (char *)runner;
	run_argv[1] = "run";
	run_argv[2] = "-j1";
	run_argv[3] = "--manifest";
	run_argv[4] = (char *)manifest;
	for (size_t i = 0; i < nfast; i++)
		run_argv[5 + i] = fast[i]->id;
	int rounds = quick ? 1 : 5;
	double direct[16], through[16], ratio[16], cpu_ratio[16];
	for (int r = 0; r < rounds; r++) {
		double direct_cpu = 0;
		direct[r] = 0;
		for (size_t i = 0; i < nfast; i++) {
			char *one[] = {fast[i]->path, NULL};
			direct[r] += run_ms(one, NULL);
			direct_cpu += last_cpu;
		}
		through[r] = run_ms(run_argv, NULL);
		ratio[r] = through[r] / direct[r];
		cpu_ratio[r] = last_cpu / direct_cpu;
	}
	double md = median(direct, (size_t)rounds), mt = median(through, (size_t)rounds);
	double mr = median(ratio, (size_t)rounds), mcr = median(cpu_ratio, (size_t)rounds);

	/* 2. a trivial case against the floor program */
	int n = quick ? 10 : 200;
	double *fl = calloc((size_t)n, sizeof *fl), *tr = calloc((size_t)n, sizeof *tr);
	double *flc = calloc((size_t)n, sizeof *flc), *trc = calloc((size_t)n, sizeof *trc);
	char *floor_argv[] = {(char *)floor_prog, NULL}, *trivial_argv[] = {(char *)trivial, NULL};
	for (int i = 0; i < n; i++) {
		fl[i] = run_ms(floor_argv, NULL);
		flc[i] = last_cpu;
		tr[i] = run_ms(trivial_argv, &st);
		trc[i] = last_cpu;
		if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
			fprintf(stderr, "ipcsuite-bench: the trivial case failed\n");
			return 1;
		}
	}
	double mf = median(fl, (size_t)n), mtr = median(tr, (size_t)n);
	double mfc = median(flc, (size_t)n), mtrc = median(trc, (size_t)n);

	char load1[64] = "?";
	f = fopen("/proc/loadavg", "r");
	if (f && fgets(load1, sizeof load1, f))
		load1[strcspn(load1, " ")] = 0;
	if (f)
		fclose(f);
	printf("runner:   ipcsuite run -j1 over the %zu fastest cases / the same run directly: "
	       "%.2f (%.0f ms / %.0f ms, median of %d rounds; goal <= 1.25); CPU time: %.2f\n",
	       nfast, mr, mt, md, rounds, mcr);
	printf("start-up: trivial case - static floor program: %+.2f ms (%.2f ms / %.2f ms, "
	       "medians of %d; goal <= +2 ms); CPU time: %+.2f ms (%.2f / %.2f)\n",
	       mtr - mf, mtr, mf, n, mtrc - mfc, mtrc, mfc);
	printf("suite:    ipcsuite run -j%ld wall / max(longest case, CPU sum / %ld): %.2f "
	       "(%.2f s / %.2f s; %zu cases, longest %.2f s, CPU sum %.2f s, exit %d; goal "
	       "<= 1.2)\n",
	       cpus, cpus, suite_wall / bound, suite_wall / 1e3, bound / 1e3, ran, longest / 1e3,
	       cpu_sum / 1e3, suite_rc);
	printf("load average at the end: %s\n", load1);
	return 0;
}
