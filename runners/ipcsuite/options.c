/* options.c - the command line, and the usage text that documents it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"

void usage(FILE *f)
{
	fputs(
	    "usage: ipcsuite [run] [OPTIONS] [FILTER...]\n"
	    "       ipcsuite list [--json | --refs [--markdown]] [--manifest FILE] [FILTER...]\n"
	    "       ipcsuite report [-o OUT.html] [--label NAME] RUN.json... (report --help)\n"
	    "\n"
	    "Runs the ipcsuite conformance cases (Linux IPC behaviors) and reports TAP 13.\n"
	    "\n"
	    "FILTER selects cases; several filters select their union:\n"
	    "  sysv-sem            a facility\n"
	    "  sysv-sem/wait-*     case ids matching a glob (fnmatch)\n"
	    "  tag:blocking        cases carrying a tag (a glob too)\n"
	    "  level:posix         cases whose behavior POSIX requires; level:linux: the\n"
	    "                      Linux man pages document it; level:kernel: only the\n"
	    "                      kernel source does\n"
	    "A filter that matches no case is an error (exit 2).\n"
	    "\n"
	    "list prints the selected cases (--json: as JSON); list --refs prints every man\n"
	    "page, POSIX page and kernel source file they cite, with the cases that check\n"
	    "it and their levels (--markdown: as docs/coverage.md).\n"
	    "\n"
	    "report turns the JSON of runs (run --json FILE: one per target) into one\n"
	    "self-contained HTML page: a grid of targets x facilities, counts, failures,\n"
	    "expected failures, skips by reason, timings.\n"
	    "\n"
	    "Options:\n"
	    "  -j, --jobs N          cases run in parallel (default: online CPUs; 1 without\n"
	    "                        isolation); with N > 1, as many cases that mostly sleep\n"
	    "                        (see --timings, tag:sleeps) may run beside them\n"
	    "  --timings FILE        read how long each case took last time (when FILE\n"
	    "                        exists) to start long cases first, and write this\n"
	    "                        run's times (id, wall ms, CPU ms) to it at the end\n"
	    "  --timeout-scale F     multiply every case timeout by F (also passed to the\n"
	    "                        cases as CK_TIMEOUT_MULTIPLIER)\n"
	    "  --repeat N            run every selected case N times; cases whose outcome\n"
	    "                        changes between runs are reported as flaky (exit 1)\n"
	    "  --tap FILE            write the TAP stream to FILE (default: stdout, unless\n"
	    "                        stdout is a terminal: then a progress line is shown)\n"
	    "  --junit FILE          also write JUnit XML\n"
	    "  --json FILE           also write a JSON report\n"
	    "  --ktap FILE           also write KTAP version 1 (the kernel's format, as\n"
	    "                        kselftest's): a case is a test, its tests subtests\n"
	    "  --expect BASELINE     compare with expected outcomes: a file, or a name looked\n"
	    "                        up as NAME.expect in $IPCSUITE_EXPECTED_DIR,\n"
	    "                        <exe dir>/expected and <exe dir>/../share/ipcsuite/expected\n"
	    "  --record FILE         write this run's non-pass outcomes as a baseline\n"
	    "  --manifest FILE       the case manifest (default: $IPCSUITE_MANIFEST,\n"
	    "                        <exe dir>/manifest.tsv, then\n"
	    "                        <exe dir>/../libexec/ipcsuite/manifest.tsv)\n"
	    "  --isolation           require per-case namespaces (exit 3 if impossible)\n"
	    "  --no-isolation        never use namespaces: cases run one at a time and leaks\n"
	    "                        are found by diffing the host's IPC objects\n"
	    "  --keep-tmp            keep the runner's temporary directory (in TMPDIR or\n"
	    "                        /tmp: ipcsuite.<pidns>.<pid>.*; a run removes those\n"
	    "                        of killed runs, never a kept one)\n"
	    "  --init                act as init (implied when PID 1): mount /proc, /sys,\n"
	    "                        /dev, /dev/shm, /dev/mqueue and a writable /tmp where\n"
	    "                        missing, run, print an IPCSUITE-RESULT line, then\n"
	    "                        power off (the machine's init) or exit. As /init of\n"
	    "                        an initramfs, arguments come from the kernel command\n"
	    "                        line after \"--\"; IPCSUITE_DEBUG_EXIT=PORT (x86) also\n"
	    "                        writes the exit code to QEMU's isa-debug-exit port\n"
	    "  -q, --quiet           only the result line and the failures\n"
	    "  -v, --verbose         one line per case, notes and stderr in the summary\n"
	    "  -h, --help            this text\n"
	    "  --version             print the version\n"
	    "\n"
	    "Isolation: when it can (root, or an unprivileged user namespace), each case\n"
	    "gets fresh IPC, mount (private /dev/shm and /dev/mqueue) and PID namespaces;\n"
	    "otherwise it says why, once, and runs cases one at a time.\n"
	    "\n"
	    "Case outcomes: pass, skip, fail, broken (setup failed: behavior untested),\n"
	    "timeout, crash (killed by a signal), invalid-tap (output or exit status\n"
	    "breaking docs/case-protocol.md), leak (IPC objects left behind).\n"
	    "\n"
	    "Exit status:\n"
	    "  0  clean: every case passed or was skipped, or matched the baseline\n"
	    "  1  failures, regressions (including unexpected passes) or flaky cases\n"
	    "  2  usage error: bad arguments, unknown filter, malformed baseline\n"
	    "  3  the runner itself failed (manifest unreadable, a report file that cannot\n"
	    "     be written: checked before running, and every write after; cannot fork,\n"
	    "     interrupted, --isolation impossible, ...)\n",
	    f);
}

static void bad(const char *fmt, const char *arg)
{
	fputs("ipcsuite: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs(" (see ipcsuite --help)\n", stderr);
	exit(RX_USAGE);
}

static int parse_count(const char *opt, const char *v)
{
	char *end;
	errno = 0;
	long n = strtol(v, &end, 10);
	if (errno || end == v || *end || n < 1 || n > 100000)
		bad("%s needs a positive integer", opt);
	return (int)n;
}

void parse_options(int argc, char **argv, struct opts *o)
{
	memset(o, 0, sizeof *o);
	o->cmd = CMD_RUN;
	o->repeat = 1;
	o->timeout_scale = 0; /* not given */
	o->filters = xcalloc((size_t)argc + 1, sizeof *o->filters);
	int i = 1;
	if (i < argc && !strcmp(argv[i], "run")) {
		i++;
	} else if (i < argc && !strcmp(argv[i], "list")) {
		o->cmd = CMD_LIST;
		i++;
	}
	bool no_more_opts = false;
	for (; i < argc; i++) {
		const char *a = argv[i];
		const char *val = NULL;
		if (no_more_opts || a[0] != '-' || !a[1]) {
			o->filters[o->nfilters++] = argv[i];
			continue;
		}
		if (!strcmp(a, "--")) {
			no_more_opts = true;
			continue;
		}
		/* --opt=value and --opt value */
		char name[64];
		const char *eq = strchr(a, '=');
		if (a[1] == '-' && eq && (size_t)(eq - a) < sizeof name) {
			memcpy(name, a, (size_t)(eq - a));
			name[eq - a] = 0;
			val = eq + 1;
		} else {
			snprintf(name, sizeof name, "%s", a);
		}
		static const char *const with_value[] = {
		    "-j",     "--jobs",   "--timeout-scale", "--repeat",   "--tap",     "--junit",
		    "--json", "--expect", "--record",        "--manifest", "--timings", "--ktap",
		};
		bool takes = false;
		for (size_t k = 0; k < sizeof with_value / sizeof with_value[0]; k++)
			takes |= !strcmp(name, with_value[k]);
		if (o->cmd == CMD_LIST && !strcmp(name, "--json") && !val) {
			o->list_json = true; /* "list --json" prints JSON, takes no file */
			continue;
		}
		if (o->cmd == CMD_LIST && !strcmp(name, "--refs") && !val) {
			o->list_refs = true;
			continue;
		}
		if (o->cmd == CMD_LIST && !strcmp(name, "--markdown") && !val) {
			o->list_markdown = true;
			continue;
		}
		if (!strncmp(name, "-j", 2) && name[2] && name[1] != '-') {
			val = name + 2; /* -j4 */
			o->jobs = parse_count("-j", val);
			continue;
		}
		if (takes && !val) {
			if (i + 1 >= argc)
				bad("option %s needs a value", name);
			val = argv[++i];
		} else if (!takes && val) {
			bad("option %s takes no value", name);
		}
		if (!strcmp(name, "-j") || !strcmp(name, "--jobs"))
			o->jobs = parse_count(name, val);
		else if (!strcmp(name, "--timeout-scale")) {
			char *end;
			errno = 0;
			o->timeout_scale = strtod(val, &end);
			if (errno || end == val || *end || !(o->timeout_scale > 0) ||
			    o->timeout_scale > 1000)
				bad("--timeout-scale needs a number > 0, not \"%s\"", val);
		} else if (!strcmp(name, "--repeat"))
			o->repeat = parse_count(name, val);
		else if (!strcmp(name, "--tap"))
			o->tap = val;
		else if (!strcmp(name, "--junit"))
			o->junit = val;
		else if (!strcmp(name, "--json"))
			o->json = val;
		else if (!strcmp(name, "--ktap"))
			o->ktap = val;
		else if (!strcmp(name, "--expect"))
			o->expect = val;
		else if (!strcmp(name, "--record"))
			o->record = val;
		else if (!strcmp(name, "--manifest"))
			o->manifest = val;
		else if (!strcmp(name, "--isolation"))
			o->isolation = 1;
		else if (!strcmp(name, "--no-isolation"))
			o->isolation = -1;
		else if (!strcmp(name, "--timings"))
			o->timings = val;
		else if (!strcmp(name, "--keep-tmp"))
			o->keep_tmp = true;
		else if (!strcmp(name, "--init"))
			o->init = true;
		else if (!strcmp(name, "-q") || !strcmp(name, "--quiet"))
			o->quiet = true;
		else if (!strcmp(name, "-v") || !strcmp(name, "--verbose"))
			o->verbose = true;
		else if (!strcmp(name, "-h") || !strcmp(name, "--help")) {
			usage(stdout);
			exit(0);
		} else if (!strcmp(name, "--version")) {
			printf("ipcsuite %s\n", IPCSUITE_VERSION);
			exit(0);
		} else
			bad("unknown option %s", name);
	}
	if (o->cmd == CMD_LIST && o->json) {
		/* "list --json=FILE" is not a thing: list prints to stdout */
		bad("list --json takes no file name (got \"%s\")", o->json);
	}
	if (o->list_refs && o->list_json)
		bad("%s", "list: --refs and --json exclude each other");
	if (o->list_markdown && !o->list_refs)
		bad("%s", "list: --markdown goes with --refs");
	if (o->quiet && o->verbose)
		bad("%s", "-q and -v exclude each other");
}
