/*
 * main.c - ipcsuite, the runner: reads the manifest, selects cases, runs them
 * (isolated when possible), and reports. A standalone program: it links
 * neither Check nor lib/, and needs no shell, so it can run as the only
 * program of an initramfs.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "runner.h"

static void libc_name(char *buf, size_t len)
{
#if defined(__GLIBC__)
#ifdef _CS_GNU_LIBC_VERSION
	char v[64];
	if (confstr(_CS_GNU_LIBC_VERSION, v, sizeof v) > 0) {
		snprintf(buf, len, "%s", v);
		return;
	}
#endif
	snprintf(buf, len, "glibc %d.%d", __GLIBC__, __GLIBC_MINOR__);
#else
	/* musl has no version macro on purpose */
	snprintf(buf, len, "not glibc (musl or other)");
#endif
}

/* As the only program of an initramfs, nobody may have mounted /proc: the
 * runner needs it (its own path, process trees, /proc/sysvipc). */
static void ensure_proc(void)
{
	if (access("/proc/self/stat", F_OK) == 0)
		return;
	mkdir("/proc", 0555);
	if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) == 0)
		warnx_("/proc was not mounted: mounted it");
	else
		warnx_("warning: /proc is not mounted and cannot be (%s): leftover processes and "
		       "leaks will not be found",
		       strerror(errno));
}

static void check_case_files(const struct run *r, const bool *sel)
{
	for (size_t i = 0; i < r->m->n; i++) {
		const struct mcase *c = &r->m->cases[i];
		if (sel[i] && access(c->path, X_OK) < 0)
			die_runner("case %s (%s:%d): cannot execute %s: %s", c->id, r->m->file,
			           c->line, c->path, strerror(errno));
	}
}

static void find_flaky(struct run *r)
{
	if (r->o->repeat < 2)
		return;
	for (size_t i = 0; i < r->njobs; i++) {
		struct job *a = &r->jobs[i];
		if (!a->finished || a->run != 1)
			continue;
		struct sbuf seen = {0};
		bool changed = false;
		sb_puts(&seen, outcome_name(a->outcome));
		for (size_t k = i + 1; k < r->njobs; k++) {
			struct job *b = &r->jobs[k];
			if (b->c != a->c || !b->finished)
				continue;
			sb_printf(&seen, ", %s", outcome_name(b->outcome));
			changed |= b->outcome != a->outcome;
		}
		if (changed) {
			for (size_t k = i; k < r->njobs; k++)
				if (r->jobs[k].c == a->c)
					r->jobs[k].flaky = true;
			sl_add_own(&r->flaky, xasprintf("%s: %s", a->c->id, sb_str(&seen)));
		}
		sb_free(&seen);
	}
}

static int exit_code(const struct run *r)
{
	if (r->interrupted)
		return RX_RUNNER;
	int rc = RX_CLEAN;
	for (size_t i = 0; i < r->njobs; i++) {
		const struct job *j = &r->jobs[i];
		if (!j->finished)
			continue;
		if (r->bl ? (j->bl == BL_REGRESS || j->bl == BL_XPASS) : outcome_bad(j->outcome))
			rc = RX_FAILURES;
	}
	if (r->flaky.n)
		rc = RX_FAILURES;
	return rc;
}

/* The PID namespace's inode: with the pid, whose run a temporary directory is. */
static unsigned long pidns_id(void)
{
	struct stat st;
	return stat("/proc/self/ns/pid", &st) == 0 ? (unsigned long)st.st_ino : 0;
}

/* A run killed with SIGKILL leaves its ipcsuite.<pidns>.<pid>.XXXXXX behind:
 * remove those of this PID namespace whose process is gone and that this
 * user owns. A live run's directory (kill(pid, 0) succeeds or says EPERM),
 * another namespace's, and one kept with --keep-tmp (.keep) stay. */
static void clean_stale_tmpdirs(const char *base, unsigned long ns)
{
	DIR *d = opendir(base);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		unsigned long n;
		long pid;
		int len = 0;
		if (sscanf(e->d_name, "ipcsuite.%lu.%ld.%n", &n, &pid, &len) != 2 || !len ||
		    n != ns || pid <= 0 || pid == (long)getpid())
			continue;
		if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		char *p = path_join(base, e->d_name);
		char *keep = path_join(p, ".keep");
		struct stat st;
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid() &&
		    !path_exists(keep)) {
			if (rm_tree(p) == 0)
				warnx_("removed %s, left by a run that was killed (pid %ld)", p,
				       pid);
		}
		free(keep);
		free(p);
	}
	closedir(d);
}

static char *make_tmpdir(void)
{
	const char *base = getenv("TMPDIR");
	if (!base || !*base || access(base, W_OK | X_OK) < 0)
		base = "/tmp";
	unsigned long ns = pidns_id();
	clean_stale_tmpdirs(base, ns);
	char *t = xasprintf("%s/ipcsuite.%lu.%ld.XXXXXX", base, ns, (long)getpid());
	if (!mkdtemp(t))
		die_runner("cannot create a temporary directory in %s: %s", base, strerror(errno));
	/* traversable, so that a case switching to another uid reaches its TMPDIR */
	chmod(t, 0711);
	return t;
}

/* A report file that cannot be written is found before anything runs: the
 * directory missing, no permission, a directory by that name (exit 3). A
 * file created for the test is removed again; an existing one is untouched. */
static void check_output(const char *opt, const char *file)
{
	if (!file || !strcmp(file, "-"))
		return;
	struct stat st;
	if (stat(file, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
		/* a pipe or a device (/dev/stdout): opening could block or act */
		if (access(file, W_OK) == 0)
			return;
	} else {
		int fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
		if (fd >= 0) {
			close(fd);
			unlink(file);
			return;
		}
		if (errno == EEXIST)
			fd = open(file, O_WRONLY | O_CLOEXEC | O_NONBLOCK);
		if (fd >= 0) {
			close(fd);
			return;
		}
	}
	die_runner("%s %s: cannot write it: %s", opt, file, strerror(errno));
}

/* Closes (or flushes, for stdout) the TAP stream: 0, or -1 when any of its
 * writes failed (a full disk must not give a green run with a lost TAP). */
static int tap_close(struct run *r, const char *name)
{
	int e = r->tap_errno;
	if (fflush(r->tap) != 0 && !e)
		e = errno;
	if (ferror(r->tap) && !e)
		e = EIO;
	if (r->tap != stdout && fclose(r->tap) != 0 && !e)
		e = errno;
	r->tap = NULL;
	if (!e)
		return 0;
	warnx_("cannot write the TAP stream to %s: %s", name, strerror(e));
	return -1;
}

int main(int argc, char **argv)
{
	/* "report" reads files and writes a page: no manifest, no init (report_cmd.c) */
	if (argc > 1 && !strcmp(argv[1], "report"))
		return report_main(argc - 1, argv + 1);
	/* as init, this returns in a child that runs the suite (init.c) */
	bool as_init = init_wanted(argc, argv);
	if (as_init)
		init_start();
	signal(SIGPIPE, SIG_IGN); /* a closed TAP reader must not kill the runner */
	struct opts o;
	parse_options(argc, argv, &o);

	struct run r = {0};
	struct manifest m;
	r.o = &o;
	r.m = &m;
	ensure_proc();
	if (!proc_is_ours())
		warnx_("warning: /proc shows another PID namespace: processes a case leaves "
		       "behind can only be killed with per-case PID namespaces");
	r.exe_dir = exe_dir();

	struct sbuf err = {0}, tried = {0};
	char *mfile = manifest_locate(o.manifest, r.exe_dir, &tried);
	if (!mfile)
		die_runner("no manifest found (looked for %s); use --manifest FILE or "
		           "IPCSUITE_MANIFEST",
		           sb_str(&tried));
	if (manifest_load(mfile, &m, &err) < 0)
		die_runner("%s", sb_str(&err));

	bool *sel = xcalloc(m.n + 1, sizeof *sel);
	const char *unmatched = select_cases(&m, o.filters, o.nfilters, sel);
	if (unmatched) {
		fprintf(stderr,
		        "ipcsuite: filter \"%s\" matches no case (see \"ipcsuite list\"; filters "
		        "are a facility, an id glob, tag:NAME or level:posix|linux|kernel)\n",
		        unmatched);
		return RX_USAGE;
	}
	if (o.cmd == CMD_LIST && o.list_refs)
		return refs_write(stdout, &m, sel, o.list_markdown) == 0 ? RX_CLEAN : RX_RUNNER;
	if (o.cmd == CMD_LIST)
		return list_write(stdout, &m, sel, o.list_json) == 0 ? RX_CLEAN : RX_RUNNER;
	size_t nsel = 0;
	for (size_t i = 0; i < m.n; i++)
		nsel += sel[i];
	if (!nsel)
		die_runner("the manifest %s lists no case", m.file);

	/* baseline: malformed is a usage error, found before anything runs */
	struct baseline bl;
	if (o.expect) {
		char *file = baseline_locate(o.expect, r.exe_dir);
		if (!file) {
			fprintf(stderr,
			        "ipcsuite: baseline \"%s\" not found (looked for %s.expect in "
			        "$IPCSUITE_EXPECTED_DIR, <exe dir>/expected, "
			        "<exe dir>/../share/ipcsuite/expected)\n",
			        o.expect, o.expect);
			return RX_USAGE;
		}
		sb_free(&err);
		if (baseline_load(file, &bl, &err) < 0) {
			fprintf(stderr, "ipcsuite: %s\n", sb_str(&err));
			return RX_USAGE;
		}
		baseline_warn_unknown(&bl, &m);
		r.bl = &bl;
	}
	if (o.timeout_scale <= 0) {
		/* honour a multiplier already set for Check, so both agree */
		const char *env = getenv("CK_TIMEOUT_MULTIPLIER");
		double v = env ? strtod(env, NULL) : 0;
		o.timeout_scale = v > 0 && v <= 1000 ? v : 1;
	}
	check_output("--tap", o.tap);
	check_output("--json", o.json);
	check_output("--junit", o.junit);
	check_output("--ktap", o.ktap);
	check_output("--record", o.record);
	check_output("--timings", o.timings);
	check_case_files(&r, sel);

	struct utsname u;
	if (uname(&u) == 0) {
		snprintf(r.kernel, sizeof r.kernel, "%s %s", u.sysname, u.release);
		/* the build's word size beside the kernel's machine: an i386 build on
		 * an x86_64 kernel goes through the compat syscalls */
		snprintf(r.machine, sizeof r.machine, "%s, %zu-bit", u.machine,
		         sizeof(void *) * 8);
	}
	libc_name(r.libc, sizeof r.libc);
	time_t now = time(NULL);
	struct tm tm;
	if (gmtime_r(&now, &tm))
		strftime(r.started, sizeof r.started, "%Y-%m-%dT%H:%M:%SZ", &tm);
	r.t0 = now_ms();

	r.tmpdir = make_tmpdir();
	become_subreaper();
	if (o.isolation >= 0) {
		iso_probe(&r.iso, r.tmpdir);
	} else {
		snprintf(r.iso.desc, sizeof r.iso.desc, "none");
		snprintf(r.iso.reason, sizeof r.iso.reason, "--no-isolation");
	}
	if (o.isolation > 0 && !r.iso.on) {
		rm_tree(r.tmpdir);
		die_runner("--isolation: per-case namespaces are not possible here: %s",
		           r.iso.reason);
	}
	r.jobs_limit = o.jobs ? o.jobs : online_cpus();
	if (!r.iso.on) {
		if (o.isolation == 0)
			warnx_("isolation: none (%s); cases run one at a time", r.iso.reason);
		if (r.jobs_limit > 1)
			r.jobs_note = "without isolation, cases run one at a time (-j1) so that "
			              "leak checks (before/after diffs) are unambiguous";
		r.jobs_limit = 1;
	}
	{
		struct snapshot s;
		snap_take(&s, NULL);
		r.mq_visible = r.iso.on || s.mq_ok;
		snap_free(&s);
	}

	/* jobs: every selected case, repeat times, in manifest order per round */
	r.njobs = nsel * (size_t)o.repeat;
	r.jobs = xcalloc(r.njobs, sizeof *r.jobs);
	size_t k = 0;
	for (int rep = 1; rep <= o.repeat; rep++) {
		for (size_t i = 0; i < m.n; i++) {
			if (!sel[i])
				continue;
			struct job *j = &r.jobs[k];
			j->c = &m.cases[i];
			j->seq = ++k;
			j->run = rep;
			j->runs = o.repeat;
			j->out_fd = j->err_fd = j->rep_fd = j->go_fd = -1;
			if (case_needs(j->c, "private-ipc-ns") &&
			    (!r.iso.on || (r.iso.userns && r.iso.uid != 0))) {
				/* it changes IPC limits: never on the host, and in a user
				 * namespace it may not (it is not root there) */
				j->runner_skip = true;
				j->message = xstrdup(
				    !r.iso.on
				        ? "needs a private IPC namespace (isolation: none)"
				        : "needs a private IPC namespace whose limits it may "
				          "change; the runner's is unprivileged (user namespace)");
			}
		}
	}

	plan_order(&r, o.timings);

	/* TAP to --tap FILE, else stdout unless it is a terminal */
	/* as init (initramfs, container), the console is where the TAP must go */
	bool tty = isatty(1) && !as_init;
	if (o.tap) {
		r.tap = !strcmp(o.tap, "-") ? stdout : fopen(o.tap, "w");
		if (!r.tap)
			die_runner("cannot write %s: %s", o.tap, strerror(errno));
	} else if (!tty) {
		r.tap = stdout;
	}
	r.human = r.tap == stdout ? stderr : stdout;
	struct progress prog = {
	    .on = tty && r.tap != stdout && !o.quiet, .f = stdout, .total = r.njobs, .t0 = r.t0};
	r.prog = &prog;
	if (r.tap)
		tap_begin(r.tap, r.njobs);

	int rc = run_jobs(&r);
	r.wall = (double)(now_ms() - r.t0) / 1000.0;
	find_flaky(&r);
	r.exit_code = rc < 0 ? RX_RUNNER : exit_code(&r);

	if (r.tap) /* flaky cases, for whoever reads only the TAP */
		for (size_t i = 0; i < r.flaky.n; i++)
			fprintf(r.tap, "# flaky (outcome changed between runs): %s\n",
			        r.flaky.v[i]);
	if (r.interrupted && r.tap) /* TAP consumers must not read a partial run as complete */
		fprintf(r.tap, "Bail out! ipcsuite was interrupted\n");
	if (r.tap && tap_close(&r, o.tap && strcmp(o.tap, "-") ? o.tap : "stdout") < 0)
		r.exit_code = RX_RUNNER;
	if (o.junit && junit_write(o.junit, &r) < 0)
		r.exit_code = RX_RUNNER;
	if (o.json && json_write(o.json, &r) < 0)
		r.exit_code = RX_RUNNER;
	if (o.ktap && ktap_write(o.ktap, &r) < 0)
		r.exit_code = RX_RUNNER;
	if (o.record && baseline_record(o.record, r.jobs, r.njobs, r.libc) < 0)
		r.exit_code = RX_RUNNER;
	/* only an optimization for the next run: a warning, not a failed run */
	if (o.timings && !r.interrupted)
		timings_write(o.timings, &r);
	summary_write(r.human, &r);
	if (fflush(r.human) != 0 || ferror(r.human)) {
		/* the summary itself could not say it: stderr (when it was stdout) */
		warnx_("cannot write the summary: %s", strerror(errno ? errno : EIO));
		r.exit_code = RX_RUNNER;
	}
	fflush(NULL);
	init_report(&r);
	if (!o.keep_tmp)
		rm_tree(r.tmpdir);
	else {
		/* marked, so that a later run does not take it for a killed run's */
		char *keep = path_join(r.tmpdir, ".keep");
		int fd = open(keep, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
		if (fd >= 0)
			close(fd);
		free(keep);
		warnx_("temporary files kept in %s", r.tmpdir);
	}
	return r.exit_code;
}
