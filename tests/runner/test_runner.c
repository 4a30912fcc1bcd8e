/*
 * test_runner.c - runs the built ipcsuite on the fake cases and checks that
 * each one is reported as it should be.
 *
 *   test_runner isolated   the whole fake manifest with --isolation
 *                          (exit 77, skipped, where namespaces are impossible)
 *   test_runner unprivileged   the same as uid 65534 (a user namespace), when root
 *   test_runner host       the whole fake manifest with --no-isolation
 *   test_runner denied     unshare() denied (seccomp): the fallback to no isolation
 *   test_runner cli        filters, list, baselines, repeat, exit codes
 *   test_runner init       the runner as PID 1 of a new PID namespace
 *                          (unshare(1) with a user namespace; exit 77 without)
 */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#if !defined(IPCSUITE_BIN) || !defined(DENY_BIN) || !defined(FAKE_MANIFEST)
#error "IPCSUITE_BIN, DENY_BIN and FAKE_MANIFEST come from the build"
#endif
#ifndef KTAP_CHECK
#error "KTAP_CHECK (tests/runner/ktap_check.c) comes from the build"
#endif

static char work[] = "/tmp/ipcsuite-selftest.XXXXXX";
static const char *mode;          /* isolated, host, denied or cli */
static const char *wrapper;       /* runs ipcsuite through this (denied: no unshare) */
static const char *const *prefix; /* or through this command line (init: unshare) */
static char state[4200];

struct result {
	int rc;
	char *out, *err;
};

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return strdup("");
	size_t cap = 65536, n = 0;
	char *s = malloc(cap);
	size_t r;
	while ((r = fread(s + n, 1, cap - n - 1, f)) > 0) {
		n += r;
		if (n + 1 == cap)
			s = realloc(s, cap *= 2);
	}
	s[n] = 0;
	fclose(f);
	return s;
}

static void spit(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	ck_assert_msg(f != NULL, "cannot write %s", path);
	fputs(text, f);
	fclose(f);
}

static char *wpath(const char *name)
{
	static char buf[8][4200];
	static int k;
	char *p = buf[k++ % 8];
	snprintf(p, sizeof buf[0], "%s/%s", work, name);
	return p;
}

/* Runs ipcsuite with the given arguments (NULL-terminated); captures output. */
static struct result run_ipcsuite(const char *first, ...)
{
	const char *argv[64];
	int n = 0;
	if (wrapper)
		argv[n++] = wrapper;
	for (size_t k = 0; prefix && prefix[k]; k++)
		argv[n++] = prefix[k];
	argv[n++] = IPCSUITE_BIN;
	va_list ap;
	va_start(ap, first);
	for (const char *a = first; a && n < 63; a = va_arg(ap, const char *))
		argv[n++] = a;
	va_end(ap);
	argv[n] = NULL;
	static int seq;
	char out[4300], err[4300];
	snprintf(out, sizeof out, "%s/run%d.out", work, seq);
	snprintf(err, sizeof err, "%s/run%d.err", work, seq++);
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		perror("fork"); /* also called outside tests: no ck_assert here */
		exit(99);
	}
	if (pid == 0) {
		int o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int e = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		dup2(o, 1);
		dup2(e, 2);
		setenv("FAKE_STATE_DIR", state, 1);
		unsetenv("CK_TIMEOUT_MULTIPLIER");
		unsetenv("IPCSUITE_MANIFEST");
		if (prefix)
			execvp(argv[0], (char **)argv);
		else
			execv(argv[0], (char **)argv);
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	struct result r = {WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st), slurp(out),
	                   slurp(err)};
	return r;
}

/* The result line of a case and its YAML block. */
static char *result_block(const char *tap, const char *id)
{
	size_t idl = strlen(id);
	for (const char *l = tap; *l;) {
		const char *nl = strchr(l, '\n');
		const char *p = NULL;
		if (!strncmp(l, "ok ", 3))
			p = l + 3;
		else if (!strncmp(l, "not ok ", 7))
			p = l + 7;
		if (p) {
			while (*p >= '0' && *p <= '9')
				p++;
			if (!strncmp(p, " - ", 3) && !strncmp(p + 3, id, idl) &&
			    (p[3 + idl] == '\n' || p[3 + idl] == ' ')) {
				const char *end = nl ? nl + 1 : l + strlen(l);
				if (!strncmp(end, "  ---\n", 6)) {
					const char *stop = strstr(end, "\n  ...\n");
					end = stop ? stop + 7 : end + strlen(end);
				}
				return strndup(l, (size_t)(end - l));
			}
		}
		if (!nl)
			break;
		l = nl + 1;
	}
	return strdup("(no result line)");
}

static char *subtest(const char *tap, const char *id)
{
	char head[256];
	snprintf(head, sizeof head, "    # Subtest: %s\n", id);
	const char *s = strstr(tap, head);
	if (!s)
		return strdup("(no subtest)");
	const char *e = s + strlen(head);
	while (*e && !(e[0] != ' ' && (e == s || e[-1] == '\n')))
		e++;
	return strndup(s, (size_t)(e - s));
}

/* The JSON object of a case's (first) run. */
static char *json_case(const char *json, const char *id)
{
	char key[256];
	snprintf(key, sizeof key, "\"id\": \"%s\"", id);
	const char *s = strstr(json, key);
	if (!s)
		return strdup("(not in json)");
	const char *e = strstr(s + 1, "\"id\": ");
	return e ? strndup(s, (size_t)(e - s)) : strdup(s);
}

static bool lock_free(const char *name)
{
	char p[4400];
	snprintf(p, sizeof p, "%s/%s", state, name);
	int fd = open(p, O_RDWR);
	if (fd < 0)
		return false; /* never created: proves nothing */
	bool ok = flock(fd, LOCK_EX | LOCK_NB) == 0;
	close(fd);
	return ok;
}

static long state_long(const char *name)
{
	char p[4400];
	snprintf(p, sizeof p, "%s/%s", state, name);
	char *s = slurp(p);
	long v = *s ? strtol(s, NULL, 10) : -1;
	free(s);
	return v;
}

/* On the host (no isolation) a leak diff also sees other programs' objects:
 * there, a case that passed may show up as "leak" with "otherwise: pass". */
static void assert_passed(const char *tap_, const char *id, const char *want_line)
{
	char *b = result_block(tap_, id);
	if (!strcmp(mode, "host") && strstr(b, "  outcome: leak\n") &&
	    strstr(b, "(case outcome otherwise: pass"))
		return;
	ck_assert_str_eq(b, want_line);
}

/* What fake/leak leaves on the host when nothing isolates it. */
static void remove_leak_fake_objects(void)
{
	long semid = state_long("leak.semid");
	if (semid >= 0)
		semctl((int)semid, 0, IPC_RMID, NULL);
	char p[4400];
	snprintf(p, sizeof p, "%s/leak.shm", state);
	char *shm = slurp(p);
	char *nl = strchr(shm, '\n');
	if (nl)
		*nl = 0;
	if (!strncmp(shm, "/dev/shm/ipcsuite-fake-leak-", 28))
		unlink(shm);
	free(shm);
}

/* The same for any outcome a leak overrides (pass, skip, fail, broken). */
static bool foreign_leak(const char *block, const char *otherwise)
{
	char want[64];
	snprintf(want, sizeof want, "(case outcome otherwise: %s", otherwise);
	return !strcmp(mode, "host") && strstr(block, "  outcome: leak\n") && strstr(block, want);
}

#define HAS(hay, needle)                                                                           \
	ck_assert_msg(strstr((hay), (needle)) != NULL, "expected \"%s\" in:\n%s", (needle), (hay))
#define HASNT(hay, needle)                                                                         \
	ck_assert_msg(strstr((hay), (needle)) == NULL, "did not expect \"%s\" in:\n%s", (needle),  \
	              (hay))

/* ------------------------------------------------- the whole fake manifest */

static struct result full;

static char *tap, *json, *junit;

static void full_run(void)
{
	full = run_ipcsuite("--manifest", FAKE_MANIFEST,
	                    !strcmp(mode, "isolated") ? "--isolation" : "--no-isolation", "--tap",
	                    wpath("full.tap"), "--json", wpath("full.json"), "--junit",
	                    wpath("full.xml"), "--ktap", wpath("full.ktap"), "-j", "2", NULL);
	tap = slurp(wpath("full.tap"));
	json = slurp(wpath("full.json"));
	junit = slurp(wpath("full.xml"));
}

START_TEST(full_exit_and_plan)
{
	ck_assert_msg(full.rc == 1, "exit %d, stderr:\n%s\nstdout:\n%s", full.rc, full.err,
	              full.out);
	ck_assert_msg(!strncmp(tap, "TAP version 13\n1..17\n", 21), "starts:\n%.200s", tap);
	if (!strcmp(mode, "isolated"))
		HAS(full.out, "FAIL: 5 passed, 10 failed, 2 skipped (exit 1)");
	HAS(json, strcmp(mode, "isolated") ? "\"mode\": \"none\"" : "\"mode\": \"namespaces");
	if (!strcmp(mode, "isolated") && geteuid() != 0)
		HAS(json, "\"mode\": \"namespaces (user, ipc, mount");
	if (!strcmp(mode, "host"))
		HAS(full.out, "one at a time");
}
END_TEST

START_TEST(full_pass)
{
	assert_passed(tap, "fake/pass", "ok 14 - fake/pass\n");
	char *s = subtest(tap, "fake/pass");
	HAS(s, "    ok 1 - first\n");
	HAS(s, "# env CK_TIMEOUT_MULTIPLIER=1\n");
	HAS(s, "# env IPCSUITE_RECORDS=set\n");
	HASNT(s, "TAP version"); /* the case's own version line is dropped */
}
END_TEST

START_TEST(full_fail)
{
	char *b = result_block(tap, "fake/fail");
	if (foreign_leak(b, "fail"))
		return;
	HAS(b, "not ok 5 - fake/fail\n  ---\n  outcome: fail\n");
	HAS(b, "message: \"reports_eintr: semop returned an unexpected value");
	HAS(b, "  expected: \"-1 with errno EINTR\"\n");
	HAS(b, "  exit: \"exited with 1\"\n");
	HAS(b, "  stderr: \"fail: this is stderr from the case\"");
	/* the case's YAML, well formed, stays YAML in the subtest */
	HAS(subtest(tap, "fake/fail"),
	    "    not ok 2 - reports_eintr\n      ---\n      outcome: fail\n");
	HAS(json_case(json, "fake/fail"), "\"outcome\": \"fail\"");
}
END_TEST

START_TEST(full_skips)
{
	if (!foreign_leak(result_block(tap, "fake/skip"), "skip")) {
		ck_assert_str_eq(result_block(tap, "fake/skip"),
		                 "ok 16 - fake/skip # SKIP needs CAP_FAKE to do its thing\n");
		HAS(full.out, "needs CAP_FAKE to do its thing (1): fake/skip");
	}
	if (!foreign_leak(result_block(tap, "fake/skip-runtime"), "skip"))
		ck_assert_str_eq(result_block(tap, "fake/skip-runtime"),
		                 "ok 17 - fake/skip-runtime # SKIP no mqueue \\# here\n");
}
END_TEST

START_TEST(full_broken)
{
	char *b = result_block(tap, "fake/broken");
	if (foreign_leak(b, "broken"))
		return;
	HAS(b, "  outcome: broken\n");
	HAS(b, "  errno: \"ENOSPC\"\n");
}
END_TEST

START_TEST(full_crash)
{
	char *b = result_block(tap, "fake/crash");
	HAS(b, "  outcome: crash\n");
	HAS(b, "  exit: \"killed by SIGSEGV\"\n");
}
END_TEST

START_TEST(full_hang)
{
	char *b = result_block(tap, "fake/hang");
	HAS(b, "  outcome: timeout\n");
	HAS(b, "timeout");
	ck_assert_msg(state_long("hang.pid") > 0, "the hanging child never started");
	ck_assert_msg(lock_free("hang.lock"), "the hanging child (own process group) survived");
	if (!strcmp(mode, "host"))
		ck_assert_int_ne(kill((pid_t)state_long("hang.pid"), 0), 0);
}
END_TEST

START_TEST(full_garbage)
{
	char *b = result_block(tap, "fake/garbage");
	HAS(b, "  outcome: invalid-tap\n");
	HAS(b, "not a TAP line");
	char *s = subtest(tap, "fake/garbage");
	HAS(s, "    # Bail out! garbage everywhere\n"); /* neutralized for Perl's prove */
	HAS(s, "    #   ---\n    #   message: \"an unterminated YAML string\n");
	HAS(s, "\\x1b[31mred");
}
END_TEST

START_TEST(full_aggregate_is_clean)
{
	/* column 0 carries only our own TAP; no raw control bytes anywhere.
	 * (One assertion at the end: each ck_assert costs a write to Check.) */
	int lineno = 0, bad_line = 0, ctl_line = 0;
	const char *bad = NULL;
	for (const char *l = tap; *l;) {
		const char *nl = strchr(l, '\n');
		ck_assert_msg(nl != NULL, "last line not terminated");
		lineno++;
		bool ok = !strncmp(l, "    ", 4) || !strncmp(l, "  ", 2) || !strncmp(l, "ok ", 3) ||
		          !strncmp(l, "not ok ", 7) || !strncmp(l, "TAP version 13\n", 15) ||
		          !strncmp(l, "1..17\n", 6);
		if (!ok && !bad_line) {
			bad_line = lineno;
			bad = l;
		}
		for (const char *c = l; c < nl && !ctl_line; c++)
			if ((unsigned char)*c < 0x20 || *c == 0x7f)
				ctl_line = lineno;
		l = nl + 1;
	}
	ck_assert_msg(!bad_line, "line %d at column 0 is not ours: %.80s", bad_line, bad);
	ck_assert_msg(!ctl_line, "control byte on line %d", ctl_line);
	ck_assert_int_gt(lineno, 100);
}
END_TEST

START_TEST(full_bad_tap)
{
	char *b = result_block(tap, "fake/partial");
	HAS(b, "  outcome: invalid-tap\n");
	HAS(b, "planned 3 test(s) but 2 reported");
	b = result_block(tap, "fake/noplan");
	HAS(b, "  outcome: invalid-tap\n");
	HAS(b, "no plan");
	b = result_block(tap, "fake/badexit");
	HAS(b, "  outcome: invalid-tap\n");
	HAS(b, "all tests ok but the case exited with 1");
}
END_TEST

START_TEST(full_leak)
{
	char *b = result_block(tap, "fake/leak");
	HAS(b, "  outcome: leak\n");
	long semid = state_long("leak.semid");
	ck_assert_int_ge(semid, 0);
	char want[128];
	snprintf(want, sizeof want, "SysV semaphore set id %ld", semid);
	HAS(b, want);
	HAS(b, "POSIX shared memory /dev/shm/ipcsuite-fake-leak-");
	if (!strcmp(mode, "host")) {
		/* not in the case's records: reported, left in place; we clean up */
		HAS(subtest(tap, "fake/leak"), "left in place (not in the case's cleanup records): "
		                               "SysV semaphore set id");
		remove_leak_fake_objects();
	}
}
END_TEST

START_TEST(full_orphan)
{
	assert_passed(tap, "fake/orphan", "ok 12 - fake/orphan\n");
	HAS(subtest(tap, "fake/orphan"), "left running");
	ck_assert_msg(state_long("orphan.pid") > 0, "the grandchild never started");
	ck_assert_msg(lock_free("orphan.lock"), "the grandchild is still running");
	if (!strcmp(mode, "host"))
		ck_assert_int_ne(kill((pid_t)state_long("orphan.pid"), 0), 0);
}
END_TEST

START_TEST(full_close_stdout)
{
	assert_passed(tap, "fake/close-stdout", "ok 3 - fake/close-stdout\n");
	/* it wrote this after closing stdout, just before exiting */
	ck_assert_int_eq(state_long("close-stdout.done"), 1);
	char *j = json_case(json, "fake/close-stdout");
	char *s = strstr(j, "\"seconds\": ");
	ck_assert_ptr_nonnull(s);
	ck_assert_msg(strtod(s + 11, NULL) >= 0.9, "finished too early: %s", j);
}
END_TEST

START_TEST(full_huge)
{
	assert_passed(tap, "fake/huge", "ok 9 - fake/huge\n");
	char *s = subtest(tap, "fake/huge");
	HAS(s, "case output truncated");
	HAS(s, "    ok 2 - after\n");
	ck_assert_int_lt(strlen(s), 3 * 1024 * 1024);
}
END_TEST

START_TEST(full_records)
{
	char *b = result_block(tap, "fake/records");
	HAS(b, "  outcome: timeout\n");
	char p[4400];
	snprintf(p, sizeof p, "%s/records.file", state);
	ck_assert_msg(access(p, F_OK) < 0, "recorded file was not removed");
	HAS(subtest(tap, "fake/records"), "cleanup record: file");
	if (!strcmp(mode, "host")) {
		long id = state_long("records.msqid");
		ck_assert_int_ge(id, 0);
		ck_assert_int_lt(msgctl((int)id, IPC_STAT, &(struct msqid_ds){0}), 0);
	}
}
END_TEST

START_TEST(full_junit_json)
{
	HAS(junit, "<testsuite name=\"fake\" tests=\"17\"");
	HAS(junit, "<failure type=\"fail\"");
	HAS(junit, "<error type=\"timeout\"");
	HASNT(junit, "\x1b");
	HAS(json, "\"exit_code\": 1");
}
END_TEST

/* ktap_check's verdict on a file: its exit status and output. */
static struct result ktap_check(const char *file)
{
	char cmd[4400];
	snprintf(cmd, sizeof cmd, "'%s' '%s' 2>&1", KTAP_CHECK, file);
	FILE *p = popen(cmd, "r");
	ck_assert_msg(p != NULL, "cannot run %s", KTAP_CHECK);
	char buf[8192];
	size_t n = fread(buf, 1, sizeof buf - 1, p);
	buf[n] = 0;
	int st = pclose(p);
	struct result r = {WIFEXITED(st) ? WEXITSTATUS(st) : 128, strdup(buf), strdup("")};
	return r;
}

/* Every misbehaving fake (garbage, huge, no plan, crash...) still gives
 * valid KTAP: what a case prints cannot break the nesting. */
START_TEST(full_ktap_valid)
{
	struct result k = ktap_check(wpath("full.ktap"));
	ck_assert_msg(k.rc == 0, "ktap_check:\n%s", k.out);
	HAS(k.out, "valid: 17 tests:");
	if (!strcmp(mode, "isolated")) /* on the host, foreign objects can look like leaks */
		HAS(k.out, "17 tests: pass 5, fail 2, skip 2, xfail 0, error 8, todo 0");
}
END_TEST

/* ---------------------------------------------- no namespaces allowed */

START_TEST(denied_falls_back_to_no_isolation)
{
	struct result r = run_ipcsuite("--manifest", FAKE_MANIFEST, "-j", "2", "fake/pass",
	                               "fake/leak", "fake/orphan", NULL);
	ck_assert_msg(r.rc == 1, "rc %d\n%s", r.rc, r.err);
	/* said once on stderr, and in the summary */
	const char *first = strstr(r.err, "ipcsuite: isolation: none (");
	ck_assert_msg(first && !strstr(first + 1, "ipcsuite: isolation: none ("), "%s", r.err);
	HAS(r.err, "EPERM");
	HAS(r.err, "\nisolation: none (clone(");
	HAS(r.err, "jobs: 1\n");
	HAS(r.err, "cases run one at a time (-j1)");
	char *b = result_block(r.out, "fake/leak");
	HAS(b, "  outcome: leak\n");
	char want[128];
	snprintf(want, sizeof want, "SysV semaphore set id %ld", state_long("leak.semid"));
	HAS(b, want);
	remove_leak_fake_objects();
	ck_assert_msg(lock_free("orphan.lock"), "the grandchild is still running");

	r = run_ipcsuite("--manifest", FAKE_MANIFEST, "--isolation", "fake/pass", NULL);
	ck_assert_int_eq(r.rc, 3);
	HAS(r.err, "--isolation: per-case namespaces are not possible here");
}
END_TEST

/* ------------------------------------------------------------------- cli */

/* Default isolation (namespaces when possible): the host's other IPC users
 * cannot then look like leaks of ours. */
static struct result quick(const char *a1, const char *a2, const char *a3)
{
	return run_ipcsuite("--manifest", FAKE_MANIFEST, a1, a2, a3, NULL);
}

START_TEST(cli_exit_codes)
{
	struct result r = quick("fake/pass", "fake/skip", NULL);
	ck_assert_msg(r.rc == 0, "rc %d: %s", r.rc, r.err);
	HAS(r.out, "TAP version 13\n1..2\n");
	r = quick("fake/fail", NULL, NULL);
	ck_assert_int_eq(r.rc, 1);
	r = quick("--bogus", NULL, NULL);
	ck_assert_int_eq(r.rc, 2);
	HAS(r.err, "unknown option --bogus");
	r = quick("--repeat", "0", NULL);
	ck_assert_int_eq(r.rc, 2);
	r = run_ipcsuite("--manifest", "/nonexistent/manifest.tsv", NULL);
	ck_assert_int_eq(r.rc, 3);
	HAS(r.err, "/nonexistent/manifest.tsv");
	spit(wpath("missing.tsv"),
	     "# ipcsuite manifest 2\nx/y\tno-such-binary\t1\t5\t-\t-\tb\t-\tlinux\n");
	r = run_ipcsuite("--manifest", wpath("missing.tsv"), NULL);
	ck_assert_int_eq(r.rc, 3);
	HAS(r.err, "no-such-binary");
	spit(wpath("bad.tsv"), "# ipcsuite manifest 2\nx/y\tonly-two-fields\n");
	r = run_ipcsuite("--manifest", wpath("bad.tsv"), NULL);
	ck_assert_int_eq(r.rc, 3);
	HAS(r.err, "bad.tsv:2:");
}
END_TEST

START_TEST(cli_filters)
{
	struct result r = quick("nosuchfacility", NULL, NULL);
	ck_assert_int_eq(r.rc, 2);
	HAS(r.err, "filter \"nosuchfacility\" matches no case");
	r = quick("fake/pass", "tag:nosuchtag", NULL);
	ck_assert_int_eq(r.rc, 2);
	HAS(r.err, "tag:nosuchtag");
	r = quick("fake/pass", "tag:leaky", NULL); /* union */
	ck_assert_int_eq(r.rc, 1);
	HAS(r.out, "1..2\n");
	HAS(r.out, " - fake/leak\n");
	r = quick("fake/skip*", NULL, NULL); /* glob */
	ck_assert_int_eq(r.rc, 0);
	HAS(r.out, "1..2\n");
}
END_TEST

START_TEST(cli_list)
{
	struct result r = run_ipcsuite("list", "--manifest", FAKE_MANIFEST, "fake", NULL);
	ck_assert_int_eq(r.rc, 0);
	HAS(r.out, "id");
	HAS(r.out, "tests");
	HAS(r.out, "needs");
	HAS(r.out, "behavior");
	HAS(r.out, "cap=CAP_FAKE");
	r = run_ipcsuite("list", "--json", "--manifest", FAKE_MANIFEST, "tag:good", NULL);
	ck_assert_int_eq(r.rc, 0);
	HAS(r.out, "\"id\": \"fake/pass\", \"facility\": \"fake\", \"level\": \"posix\", \"path\": "
	           "\"pass\", \"tests\": 2");
	HAS(r.out, "\"tags\": [\"quick\", \"good\"]");
	HASNT(r.out, "fake/fail");
}
END_TEST

START_TEST(cli_refs)
{
	/* list --refs groups cases under each page they cite: man pages, POSIX
	 * pages (a comma list names several), kernel sources */
	spit(wpath("refs.tsv"),
	     "# ipcsuite manifest 2\n"
	     "f/a\ta\t1\t5\t-\t-\tA\tsemop(2); POSIX.1-2017 msgsnd, msgrcv\tposix\n"
	     "f/b\tb\t1\t5\t-\t-\tB\tsemop(2), semctl(2); ipc/sem.c update_queue()\tkernel\n"
	     "f/c\tc\t1\t5\t-\t-\tC\tPOSIX.1-2017 XSH 2.7.1\tlinux\n");
	struct result r = run_ipcsuite("list", "--refs", "--manifest", wpath("refs.tsv"), NULL);
	ck_assert_msg(r.rc == 0, "rc %d\n%s", r.rc, r.err);
	HAS(r.out, "semop(2)  2 cases (posix 1, kernel 1)\n    posix   f/a\n    kernel  f/b\n");
	HAS(r.out, "semctl(2)  1 case (kernel 1)\n");
	HAS(r.out, "POSIX.1-2017 msgsnd  1 case (posix 1)\n");
	HAS(r.out, "POSIX.1-2017 msgrcv  1 case (posix 1)\n");
	HAS(r.out, "POSIX.1-2017 XSH 2.7.1  1 case (linux 1)\n");
	HAS(r.out, "ipc/sem.c  1 case (kernel 1)\n");
	HASNT(r.out, "update_queue");
	/* every case selected: the scope's pages no case cites are gaps */
	HAS(r.out, "mq_open(3)  0 cases (not covered)\n");
	r = run_ipcsuite("list", "--refs", "--markdown", "--manifest", wpath("refs.tsv"), "f/a",
	                 NULL);
	ck_assert_int_eq(r.rc, 0);
	HAS(r.out, "| semop(2) | 1 | posix 1 |\n");
	HAS(r.out, "### semop(2)\n\n- `f/a` (posix)\n");
	HASNT(r.out, "not covered |"); /* a filter: other pages are not gaps */
	r = run_ipcsuite("list", "--refs", "--json", "--manifest", wpath("refs.tsv"), NULL);
	ck_assert_int_eq(r.rc, 2);
	r = run_ipcsuite("list", "--markdown", "--manifest", wpath("refs.tsv"), NULL);
	ck_assert_int_eq(r.rc, 2);
}
END_TEST

START_TEST(cli_levels)
{
	/* fake/pass is posix, fake/crash kernel, every other fake linux */
	struct result r = run_ipcsuite("list", "--manifest", FAKE_MANIFEST, "fake/pass", NULL);
	ck_assert_int_eq(r.rc, 0);
	HAS(r.out, "  level  ");
	HAS(r.out, "fake/pass  posix ");
	r = run_ipcsuite("list", "--json", "--manifest", FAKE_MANIFEST, "level:kernel", NULL);
	ck_assert_int_eq(r.rc, 0);
	HAS(r.out, "\"id\": \"fake/crash\", \"facility\": \"fake\", \"level\": \"kernel\"");
	HASNT(r.out, "fake/pass");
	r = quick("level:posix", NULL, NULL);
	ck_assert_msg(r.rc == 0, "rc %d\n%s", r.rc, r.err);
	HAS(r.out, "1..1\n");
	HAS(r.out, "ok 1 - fake/pass\n");
	r = quick("level:nosuch", NULL, NULL);
	ck_assert_int_eq(r.rc, 2);
	HAS(r.err, "filter \"level:nosuch\" matches no case");
	/* the summary counts per level; the reports carry each case's level */
	r = run_ipcsuite("--manifest", FAKE_MANIFEST, "--json", wpath("lv.json"), "--junit",
	                 wpath("lv.xml"), "level:posix", "level:kernel", "fake/fail", NULL);
	ck_assert_int_eq(r.rc, 1);
	HAS(r.err, "\nlevel                  pass   fail broken   skip  other\n"
	           "posix                     1      0      0      0      0\n"
	           "linux                     0      1      0      0      0\n"
	           "kernel                    0      0      0      0      1\n");
	HAS(r.out, "not ok 1 - fake/crash\n  ---\n  outcome: crash\n  message: \"killed by "
	           "SIGSEGV\"\n  level: kernel\n");
	char *j = slurp(wpath("lv.json"));
	HAS(json_case(j, "fake/pass"), "\"level\": \"posix\"");
	HAS(json_case(j, "fake/crash"), "\"level\": \"kernel\"");
	HAS(j, "\"totals_by_level\": {\"posix\": {\"pass\": 1, ");
	char *x = slurp(wpath("lv.xml"));
	HAS(x, "name=\"fail\" time=");
	HAS(x, "<property name=\"level\" value=\"linux\"/>");
	HAS(x, "<property name=\"level\" value=\"kernel\"/>");
}
END_TEST

START_TEST(cli_baseline_expected_failure)
{
	spit(wpath("xfail.expect"), "# known\n\nfake/fail fail semop bug, fixed upstream\n"
	                            "fake/broken   broken   no queues left here\n");
	struct result r = quick("--expect", wpath("xfail.expect"), "fake/fail");
	ck_assert_msg(r.rc == 0, "rc %d\n%s", r.rc, r.err);
	HAS(r.out, "not ok 1 - fake/fail # TODO expected fail: semop bug, fixed upstream\n");
	HAS(r.err, "Expected failures (1):");
}
END_TEST

/* --ktap: a case is a test, its own tests are a nested block (two spaces),
 * failures say why in "# " diagnostics before the result line. */
START_TEST(cli_ktap_outcomes)
{
	const char *file = wpath("outcomes.ktap");
	struct result r = run_ipcsuite("--manifest", FAKE_MANIFEST, "--ktap", file, "fake/pass",
	                               "fake/fail", "fake/skip", "fake/crash", NULL);
	ck_assert_msg(r.rc == 1, "rc %d\n%s", r.rc, r.err);
	char *k = slurp(file);
	ck_assert_msg(!strncmp(k, "KTAP version 1\n1..4\n", 20), "starts:\n%.200s", k);
	/* manifest order: crash, fail, pass, skip */
	HAS(k, "  KTAP version 1\n  1..2\n  ok 1 first\n");
	HAS(k, "\n# outcome: crash\n");
	HAS(k, "\nnot ok 1 fake/crash # ERROR killed by SIGSEGV\n");
	HAS(k, "  ok 1 first\n  not ok 2 reports_eintr\n  # outcome: fail\n");
	HAS(k, "\n# stderr: fail: this is stderr from the case\nnot ok 2 fake/fail\n");
	HAS(k, "  ok 2 second\nok 3 fake/pass\n");
	HAS(k, "  KTAP version 1\n  1..0\nok 4 fake/skip # SKIP needs CAP_FAKE to do its thing\n");
	HAS(k, "# Totals: pass:1 fail:1 xfail:0 xpass:0 skip:1 error:1\n");
	HASNT(k, "---"); /* no YAML: KTAP discourages it */
	struct result c = ktap_check(file);
	ck_assert_msg(c.rc == 0, "ktap_check:\n%s", c.out);
	HAS(c.out, "4 tests: pass 1, fail 1, skip 1, xfail 0, error 1, todo 0; 5 subtests");
}
END_TEST

/* An expected failure (from the baseline) is "ok N id # XFAIL reason", as
 * kselftest writes one: ktap.rst lists XFAIL, and a parser that does not know
 * it falls back to "ok" (nothing to look at). The case's own failing test
 * stays "not ok" in the nested block: the case said so, the baseline excuses
 * it. An unexpected pass is "not ok", with the expectation as a diagnostic. */
START_TEST(cli_ktap_expected_failure)
{
	const char *file = wpath("xfail.ktap");
	spit(wpath("kx.expect"), "fake/fail fail semop bug, fixed upstream\n"
	                         "fake/pass fail it used to fail\n");
	struct result r = run_ipcsuite("--manifest", FAKE_MANIFEST, "--expect", wpath("kx.expect"),
	                               "--ktap", file, "fake/fail", "fake/pass", NULL);
	ck_assert_msg(r.rc == 1, "rc %d\n%s", r.rc, r.err); /* the unexpected pass */
	char *k = slurp(file);
	HAS(k, "  not ok 2 reports_eintr\n");
	HAS(k, "\nok 1 fake/fail # XFAIL expected fail: semop bug, fixed upstream\n");
	HAS(k,
	    "# baseline: unexpected pass (expected fail: it used to fail)\nnot ok 2 fake/pass\n");
	HAS(k, "# Totals: pass:0 fail:0 xfail:1 xpass:1 skip:0 error:0\n");
	struct result c = ktap_check(file);
	ck_assert_msg(c.rc == 0, "ktap_check:\n%s", c.out);
	HAS(c.out, "2 tests: pass 0, fail 1, skip 0, xfail 1, error 0");
}
END_TEST

/* The checker itself: it must refuse what the spec does not allow. */
START_TEST(cli_ktap_checker_rejects)
{
	static const char *const bad[][2] = {
	    {"TAP version 13\n1..1\nok 1 a\n", "the first line"},
	    {"KTAP version 1\n1..2\nok 1 a\n", "the plan says 2 tests, 1 results"},
	    {"KTAP version 1\n1..2\nok 1 a\nok 3 b\n", "out of sequence"},
	    {"KTAP version 1\n1..1\nok 1 a#b\n", "'#' inside a description"},
	    {"KTAP version 1\n1..1\nok 1 a # TIMEOUT 3 s\n", "TIMEOUT and ERROR"},
	    {"KTAP version 1\n1..1\n  KTAP version 1\n  1..1\n  not ok 1 t\nok 1 a\n",
	     "\"ok\" over subtests"},
	    {"KTAP version 1\n1..1\n  KTAP version 1\n  1..2\n  ok 1 t\nok 1 a\n",
	     "\"ok\" over subtests"},
	    {"KTAP version 1\n1..1\n    KTAP version 1\nok 1 a\n", "wrong indentation"},
	    {"KTAP version 1\n1..1\n   ok 1 a\n", "multiple of two"},
	    {"KTAP version 1\n1..1\nok 1 a\nBail out!\n", "unknown line"},
	    {"KTAP version 1\n1..1\n  KTAP version 1\n  1..1\n  ok 1 t\n", "ends inside"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		spit(wpath("bad.ktap"), bad[i][0]);
		struct result c = ktap_check(wpath("bad.ktap"));
		ck_assert_msg(c.rc == 1, "accepted:\n%s", bad[i][0]);
		HAS(c.out, bad[i][1]);
	}
	/* and accepts the spec's shapes: nesting two deep, SKIP on a subtest,
	 * a failing parent over a failing child, an expected failure */
	spit(wpath("good.ktap"), "KTAP version 1\n1..2\n"
	                         "  KTAP version 1\n  1..2\n"
	                         "    KTAP version 1\n    1..1\n    # hello\n    not ok 1 x\n"
	                         "  not ok 1 y\n  ok 2 z # SKIP not here\n"
	                         "# y failed\nnot ok 1 outer\n"
	                         "  KTAP version 1\n  1..1\n  not ok 1 t\n"
	                         "ok 2 known # XFAIL a known bug\n");
	struct result c = ktap_check(wpath("good.ktap"));
	ck_assert_msg(c.rc == 0, "rejected:\n%s", c.out);
	HAS(c.out, "2 tests: pass 0, fail 1, skip 0, xfail 1, error 0, todo 0; 4 subtests");
}
END_TEST

START_TEST(cli_baseline_unexpected_pass)
{
	spit(wpath("xpass.expect"), "fake/pass fail it used to fail\n");
	struct result r = quick("--expect", wpath("xpass.expect"), "fake/pass");
	ck_assert_int_eq(r.rc, 1);
	HAS(r.out, "not ok 1 - fake/pass\n");
	HAS(r.out, "unexpected pass");
	HAS(r.err, "unexpected pass (baseline expected fail: it used to fail)");
	/* counted once, as what it is (not also as passed and as failed) */
	HAS(r.err, "FAIL: 0 passed, 0 failed, 0 skipped, 0 expected failures, 1 unexpected "
	           "passes; 1 regressions (exit 1)\n");
}
END_TEST

START_TEST(cli_baseline_regression)
{
	spit(wpath("empty.expect"), "# nothing expected to fail\n");
	struct result r = quick("--expect", wpath("empty.expect"), "fake/crash");
	ck_assert_int_eq(r.rc, 1);
	HAS(r.err, "Regressions (1):");
	HAS(r.err, "regression from the baseline");
	/* expected skip, got crash: regression too */
	spit(wpath("skip.expect"), "fake/crash skip not supported here\n");
	r = quick("--expect", wpath("skip.expect"), "fake/crash");
	ck_assert_int_eq(r.rc, 1);
}
END_TEST

START_TEST(cli_baseline_glob_and_differs)
{
	spit(wpath("glob.expect"), "fake/* broken all broken here\n"
	                           "fake/fail fail exact entry beats the glob\n"
	                           "fake/nothing-like-this fail stale\n");
	struct result r =
	    run_ipcsuite("--manifest", FAKE_MANIFEST, "--expect", wpath("glob.expect"), "fake/fail",
	                 "fake/broken", "fake/crash", "fake/skip", NULL);
	ck_assert_int_eq(r.rc, 1);
	HAS(r.err, "names no case in the manifest");
	HAS(r.err, "fake/nothing-like-this");
	HAS(r.err, "Expected failures (2):");
	/* the glob expects broken: a crash is another kind of failure */
	HAS(r.err, "Regressions (1):\n  fake/crash: crash: killed by SIGSEGV\n");
	HAS(r.err, "Outcome differs from baseline, not a regression (1):\n");
	HAS(r.err, "fake/skip: skip, baseline expected broken");
}
END_TEST

START_TEST(cli_baseline_per_test)
{
	/* fake/fail: test "first" passes, "reports_eintr" fails */
	spit(wpath("pt.expect"), "fake/fail fail[reports_eintr] semop bug\n");
	struct result r = quick("--expect", wpath("pt.expect"), "fake/fail");
	ck_assert_msg(r.rc == 0, "rc %d\n%s", r.rc, r.err);
	HAS(r.out, "not ok 1 - fake/fail # TODO expected fail[reports_eintr]: semop bug\n");
	/* a new failing test in an expected-failure case is a regression */
	spit(wpath("pt.expect"), "fake/fail fail[first] another bug\n");
	r = quick("--expect", wpath("pt.expect"), "fake/fail");
	ck_assert_int_eq(r.rc, 1);
	HAS(r.err, "Regressions (1):");
	HAS(r.err, "baseline expected fail[first]; now reports_eintr: fail, not named in the "
	           "baseline\n");
	HAS(r.out, "  baseline: \"regression: reports_eintr: fail, not named in the baseline");
	/* so is the same test failing in another way (broken instead of fail) */
	spit(wpath("pt.expect"), "fake/fail fail[reports_eintr:broken] setup fails here\n");
	r = quick("--expect", wpath("pt.expect"), "fake/fail");
	ck_assert_int_eq(r.rc, 1);
	HAS(r.err, "now reports_eintr: fail, the baseline expects broken\n");
	/* a named test that passes now: unexpected pass, counted once */
	spit(wpath("pt.expect"), "fake/fail fail[reports_eintr,first] two bugs\n");
	r = quick("--expect", wpath("pt.expect"), "fake/fail");
	ck_assert_int_eq(r.rc, 1);
	HAS(r.err, "fake/fail: unexpected pass: no longer failing: first (baseline expected "
	           "fail[reports_eintr,first]: two bugs)\n");
	HAS(r.err, "FAIL: 0 passed, 0 failed, 0 skipped, 0 expected failures, 1 unexpected "
	           "passes; 1 regressions (exit 1)\n");
	/* several tests, in any order, with their kinds */
	spit(wpath("pt.expect"), "fake/broken broken[creates_queue] no queues\n"
	                         "fake/fail fail[reports_eintr] semop bug\n");
	r = run_ipcsuite("--manifest", FAKE_MANIFEST, "--expect", wpath("pt.expect"), "fake/fail",
	                 "fake/broken", NULL);
	ck_assert_msg(r.rc == 0, "rc %d\n%s", r.rc, r.err);
}
END_TEST

START_TEST(cli_baseline_kind_change)
{
	/* expected fail, got broken / crash: what goes wrong changed: regression */
	spit(wpath("kind.expect"), "fake/broken fail it used to fail\n"
	                           "fake/crash fail it used to fail\n"
	                           "fake/fail broken it used to break\n");
	struct result r =
	    run_ipcsuite("--manifest", FAKE_MANIFEST, "--expect", wpath("kind.expect"),
	                 "fake/broken", "fake/crash", "fake/fail", NULL);
	ck_assert_int_eq(r.rc, 1);
	HAS(r.err, "Regressions (3):");
	HAS(r.err, "baseline expected fail; now broken\n");
	HAS(r.err, "baseline expected fail; now crash\n");
	HAS(r.err, "baseline expected broken; now fail\n");
	HASNT(r.err, "Outcome differs");
	HAS(r.err, "FAIL: 0 passed, 3 failed, 0 skipped, 0 expected failures, 0 unexpected "
	           "passes; 3 regressions (exit 1)\n");
	/* a runner-detected outcome can be expected as itself */
	spit(wpath("kind.expect"), "fake/crash crash dies here\n");
	r = quick("--expect", wpath("kind.expect"), "fake/crash");
	ck_assert_msg(r.rc == 0, "rc %d\n%s", r.rc, r.err);
}
END_TEST

START_TEST(cli_baseline_malformed_tests)
{
	static const char *const bad[][2] = {
	    {"fake/fail fail[reports_eintr, first] space\n", "does not end with \"]\""},
	    {"fake/fail fail[] empty\n", "\"\" is not a test name"},
	    {"fake/fail fail[a,a] twice\n", "test a named twice"},
	    {"fake/fail fail[a:crash] kind\n", "a test's kind is :fail or :broken"},
	    {"fake/skip skip[a] no\n", "only fail and broken entries name tests, not skip"},
	    {"fake/* fail[a] glob\n", "a glob (fake/*) cannot name tests"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		spit(wpath("m.expect"), bad[i][0]);
		struct result r = quick("--expect", wpath("m.expect"), "fake/fail");
		ck_assert_msg(r.rc == 2, "%s: rc %d", bad[i][0], r.rc);
		HAS(r.err, "m.expect:1: ");
		HAS(r.err, bad[i][1]);
	}
}
END_TEST

START_TEST(cli_baseline_malformed)
{
	spit(wpath("noreason.expect"), "# comment\nfake/fail fail\n");
	struct result r = quick("--expect", wpath("noreason.expect"), "fake/fail");
	ck_assert_int_eq(r.rc, 2);
	HAS(r.err, "noreason.expect:2:");
	HAS(r.err, "no reason");
	ck_assert_msg(strchr(r.err, '\n') == r.err + strlen(r.err) - 1, "one line: %s", r.err);
	spit(wpath("badoutcome.expect"), "fake/fail flaky sometimes\n");
	r = quick("--expect", wpath("badoutcome.expect"), "fake/fail");
	ck_assert_int_eq(r.rc, 2);
	HAS(r.err, "badoutcome.expect:1: unknown outcome \"flaky\"");
	r = quick("--expect", "no-such-baseline-name", "fake/fail");
	ck_assert_int_eq(r.rc, 2);
}
END_TEST

START_TEST(cli_baseline_include)
{
	/* "include NAME" reads NAME.expect beside the including file; the
	 * including file's own entry for an id replaces the included one */
	spit(wpath("inc-base.expect"), "fake/fail fail from the base\n"
	                               "fake/broken broken no queues left (base)\n");
	spit(wpath("inc-top.expect"), "# the target\ninclude inc-base\n"
	                              "fake/fail fail refined by the target\n");
	struct result r = quick("--expect", wpath("inc-top.expect"), "fake/fail");
	ck_assert_msg(r.rc == 0, "rc %d\n%s", r.rc, r.err);
	HAS(r.out, "# TODO expected fail: refined by the target\n");
	r = quick("--expect", wpath("inc-top.expect"), "fake/broken");
	ck_assert_msg(r.rc == 0, "rc %d\n%s", r.rc, r.err);
	HAS(r.out, "# TODO expected broken: no queues left (base)\n");
	/* twice in one file is still malformed; a missing include names its line */
	spit(wpath("inc-twice.expect"), "include inc-base\nfake/fail fail a\nfake/fail fail b\n");
	r = quick("--expect", wpath("inc-twice.expect"), "fake/fail");
	ck_assert_int_eq(r.rc, 2);
	HAS(r.err, "inc-twice.expect:3: fake/fail listed twice");
	spit(wpath("inc-missing.expect"), "# x\ninclude no-such-file\n");
	r = quick("--expect", wpath("inc-missing.expect"), "fake/fail");
	ck_assert_int_eq(r.rc, 2);
	HAS(r.err, "no-such-file.expect");
	HAS(r.err, "(included from ");
	HAS(r.err, "inc-missing.expect:2)");
	spit(wpath("inc-loop.expect"), "include inc-loop\n");
	r = quick("--expect", wpath("inc-loop.expect"), "fake/fail");
	ck_assert_int_eq(r.rc, 2);
}
END_TEST

START_TEST(cli_baseline_record_then_expect)
{
	struct result r = run_ipcsuite("--manifest", FAKE_MANIFEST, "--record", wpath("rec.expect"),
	                               "fake/fail", "fake/crash", "fake/skip", "fake/pass", NULL);
	ck_assert_int_eq(r.rc, 1);
	char *rec = slurp(wpath("rec.expect"));
	HAS(rec, "# ipcsuite baseline, recorded ");
	HAS(rec, "# kernel: Linux ");
	HAS(rec, "fake/fail fail[reports_eintr] reports_eintr: semop returned an unexpected value");
	HAS(rec, "fake/crash crash killed by SIGSEGV\n");
	HAS(rec, "fake/skip skip needs CAP_FAKE to do its thing\n");
	HASNT(rec, "fake/pass");
	/* a bare name, found through IPCSUITE_EXPECTED_DIR */
	setenv("IPCSUITE_EXPECTED_DIR", work, 1);
	r = run_ipcsuite("--manifest", FAKE_MANIFEST, "--expect", "rec", "fake/fail", "fake/crash",
	                 "fake/skip", "fake/pass", NULL);
	unsetenv("IPCSUITE_EXPECTED_DIR");
	ck_assert_msg(r.rc == 0, "rc %d\n%s", r.rc, r.err);
}
END_TEST

START_TEST(cli_output_errors)
{
	/* a TAP that cannot be written: exit 3, never a PASS */
	struct result r = quick("--tap", "/dev/full", "fake/pass");
	ck_assert_msg(r.rc == 3, "rc %d\n%s", r.rc, r.err);
	HAS(r.err, "cannot write the TAP stream to /dev/full: No space left on device");
	HAS(r.out, "FAIL: 1 passed, 0 failed, 0 skipped (exit 3)\n");
	r = quick("--json", "/dev/full", "fake/pass");
	ck_assert_int_eq(r.rc, 3);
	HAS(r.err, "cannot write /dev/full");
	/* a report that cannot be created is found before anything runs */
	static const char *const opts[] = {"--tap", "--json", "--junit", "--record"};
	for (size_t i = 0; i < sizeof opts / sizeof opts[0]; i++) {
		r = quick(opts[i], wpath("no-such-dir/out"), "fake/pass");
		ck_assert_msg(r.rc == 3, "%s: rc %d", opts[i], r.rc);
		HAS(r.err, "no-such-dir/out: cannot write it: No such file or directory");
		ck_assert_msg(!*r.out, "%s: something ran:\n%s", opts[i], r.out);
	}
	r = quick("--junit", work, "fake/pass");
	ck_assert_int_eq(r.rc, 3);
	HAS(r.err, "cannot write it: Is a directory");
	/* the check leaves an existing file as it was, and no new one */
	spit(wpath("old.json"), "old");
	r = quick("--json", wpath("old.json"), "--bogus");
	ck_assert_int_eq(r.rc, 2);
	ck_assert_str_eq(slurp(wpath("old.json")), "old");
	r = quick("--json", wpath("new.json"), "nosuchfacility");
	ck_assert_int_eq(r.rc, 2);
	ck_assert_int_lt(access(wpath("new.json"), F_OK), 0);
}
END_TEST

static bool find_entry(const char *dir, const char *prefix, char *out, size_t len)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	bool found = false;
	while (d && !found && (e = readdir(d)))
		if (!strncmp(e->d_name, prefix, strlen(prefix))) {
			found = snprintf(out, len, "%s/%s", dir, e->d_name) < (int)len;
		}
	if (d)
		closedir(d);
	return found;
}

START_TEST(cli_stale_tmpdir_removed)
{
	char tmp[4300], prefix[96], killed[4400] = "", live[4400], other[4400], kept[4400];
	snprintf(tmp, sizeof tmp, "%s/tmp", work);
	mkdir(tmp, 0755);
	struct stat st;
	ck_assert_int_eq(stat("/proc/self/ns/pid", &st), 0);
	unsigned long ns = (unsigned long)st.st_ino;
	/* a run killed with SIGKILL as soon as its temporary directory exists */
	setenv("TMPDIR", tmp, 1);
	fflush(NULL);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		dup2(fd, 1);
		dup2(fd, 2);
		setenv("FAKE_STATE_DIR", state, 1);
		execl(IPCSUITE_BIN, IPCSUITE_BIN, "--manifest", FAKE_MANIFEST, "fake/hang", NULL);
		_exit(127);
	}
	snprintf(prefix, sizeof prefix, "ipcsuite.%lu.%ld.", ns, (long)pid);
	for (int i = 0; i < 1000 && !find_entry(tmp, prefix, killed, sizeof killed); i++)
		usleep(10000);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	ck_assert_msg(*killed, "the run made no %s* in %s", prefix, tmp);
	ck_assert_int_eq(access(killed, F_OK), 0);
	/* a live run's, another PID namespace's and a kept one stay */
	snprintf(live, sizeof live, "%s/ipcsuite.%lu.%ld.live", tmp, ns, (long)getpid());
	snprintf(other, sizeof other, "%s/ipcsuite.%lu.%ld.other", tmp, ns + 1, (long)pid);
	snprintf(kept, sizeof kept, "%s/ipcsuite.%lu.%ld.kept", tmp, ns, (long)pid);
	mkdir(live, 0700);
	mkdir(other, 0700);
	mkdir(kept, 0700);
	char keep[4500];
	snprintf(keep, sizeof keep, "%s/.keep", kept);
	spit(keep, "");
	struct result r = quick("fake/pass", NULL, NULL);
	unsetenv("TMPDIR");
	ck_assert_msg(r.rc == 0, "rc %d\n%s", r.rc, r.err);
	ck_assert_msg(access(killed, F_OK) < 0, "%s is still there", killed);
	HAS(r.err, "left by a run that was killed");
	ck_assert_int_eq(access(live, F_OK), 0);
	ck_assert_int_eq(access(other, F_OK), 0);
	ck_assert_int_eq(access(kept, F_OK), 0);
	/* and a run that ends leaves nothing of its own */
	snprintf(prefix, sizeof prefix, "ipcsuite.%lu.", ns);
	int n = 0;
	DIR *d = opendir(tmp);
	struct dirent *e;
	while (d && (e = readdir(d)))
		n += !strncmp(e->d_name, prefix, strlen(prefix));
	closedir(d);
	ck_assert_int_eq(n, 2); /* live and kept; other is another namespace's */
}
END_TEST

START_TEST(cli_repeat_flaky)
{
	/* -j1: run 1 then run 2, so the alternation is in that order */
	struct result r = run_ipcsuite("--manifest", FAKE_MANIFEST, "-j", "1", "--repeat", "2",
	                               "fake/flaky", NULL);
	ck_assert_int_eq(r.rc, 1);
	HAS(r.out, "1..2\n");
	HAS(r.out, "ok 1 - fake/flaky (run 1 of 2)\n");
	HAS(r.out, "not ok 2 - fake/flaky (run 2 of 2)\n");
	HAS(r.err, "Flaky: outcome changed between runs (1):\n  fake/flaky: pass, fail\n");
	r = quick("--repeat", "2", "fake/pass");
	ck_assert_int_eq(r.rc, 0);
	HASNT(r.err, "Flaky");
}
END_TEST

START_TEST(cli_timeout_scale)
{
	struct result r =
	    run_ipcsuite("--manifest", FAKE_MANIFEST, "--timeout-scale", "0.5", "--json",
	                 wpath("scale.json"), "fake/hang", "fake/pass", NULL);
	ck_assert_int_eq(r.rc, 1);
	HAS(r.out, "# env CK_TIMEOUT_MULTIPLIER=0.5\n");
	char *j = json_case(slurp(wpath("scale.json")), "fake/hang");
	HAS(j, "\"outcome\": \"timeout\"");
	double secs = strtod(strstr(j, "\"seconds\": ") + 11, NULL);
	ck_assert_msg(secs >= 0.9 && secs < 1.9, "hang took %.2fs with a 1s timeout", secs);
}
END_TEST

START_TEST(cli_private_ipc_ns_skipped_without_isolation)
{
	/* an absolute case path: manifest paths are relative only when relative */
	char dir[4200], m[4400];
	snprintf(dir, sizeof dir, "%s", FAKE_MANIFEST);
	*strrchr(dir, '/') = 0;
	snprintf(
	    m, sizeof m,
	    "# ipcsuite manifest 2\nfake/needs-ns\t%s/pass\t2\t5\tprivate-ipc-ns\t-\tb\t-\tlinux\n",
	    dir);
	spit(wpath("ns.tsv"), m);
	struct result r = run_ipcsuite("--manifest", wpath("ns.tsv"), "--no-isolation", NULL);
	ck_assert_int_eq(r.rc, 0);
	HAS(r.out, "ok 1 - fake/needs-ns # SKIP needs a private IPC namespace (isolation: none)\n");
}
END_TEST

/* A case that needs "exclusive" runs alone: it waits for the running cases
 * to end, and nothing starts beside it. Each script case logs its start and
 * end and, before ending, waits (at most 1 s) for the next one to start:
 * without exclusivity at -j2 the next one starts at once and the log
 * interleaves; with it, the log is strictly one case after another. */
START_TEST(isolated_exclusive_runs_alone)
{
	const char *name[3] = {"a", "x", "c"}, *next[3] = {"x", "c", ""};
	char m[8192] = "# ipcsuite manifest 2\n";
	for (int i = 0; i < 3; i++) {
		char script[2048], path[64];
		snprintf(script, sizeof script,
		         "#!/bin/sh\n"
		         "d=$FAKE_STATE_DIR\n"
		         "echo 'start %s' >>\"$d/excl.log\"\n"
		         ": >\"$d/%s.started\"\n"
		         "i=0\n"
		         "while [ -n '%s' ] && [ ! -e \"$d/%s.started\" ] && [ $i -lt 100 ]; do\n"
		         "  sleep 0.01; i=$((i + 1))\n"
		         "done\n"
		         "echo 'end %s' >>\"$d/excl.log\"\n"
		         "printf 'TAP version 13\\n1..1\\nok 1 - t\\n'\n",
		         name[i], name[i], next[i], next[i], name[i]);
		snprintf(path, sizeof path, "excl-%s.sh", name[i]);
		spit(wpath(path), script);
		chmod(wpath(path), 0755);
		size_t len = strlen(m);
		snprintf(m + len, sizeof m - len, "fake/excl-%s\t%s\t1\t10\t%s\t-\tb\t-\tlinux\n",
		         name[i], wpath(path), i == 1 ? "exclusive" : "-");
	}
	spit(wpath("excl.tsv"), m);
	struct result r =
	    run_ipcsuite("--manifest", wpath("excl.tsv"), "--isolation", "-j", "2", NULL);
	ck_assert_msg(r.rc == 0, "rc %d: %s", r.rc, r.err);
	char logpath[4300];
	snprintf(logpath, sizeof logpath, "%s/excl.log", state);
	char *log = slurp(logpath);
	ck_assert_str_eq(log, "start a\nend a\nstart x\nend x\nstart c\nend c\n");
}
END_TEST

/* --timings: cases start longest first, and a case that mostly sleeps runs
 * in a slot of its own beside the -j CPU slots. Cases a and b (known long,
 * CPU-bound) wait, at most 1 s, for case s to have started; s is known to
 * sleep and comes last in the order. At -j2 with sleeper slots s starts
 * beside a and b at once; without, it would wait for one of them to end.
 * The file is rewritten with this run's times and keeps what it knew of
 * cases that did not run. */
START_TEST(isolated_timings_order_and_sleepers)
{
	const char *name[3] = {"s", "a", "b"};
	char m[8192] = "# ipcsuite manifest 2\n";
	for (int i = 0; i < 3; i++) {
		char script[2048], path[64];
		snprintf(
		    script, sizeof script,
		    "#!/bin/sh\n"
		    "d=$FAKE_STATE_DIR\n"
		    "echo 'start %s' >>\"$d/tm.log\"\n"
		    ": >\"$d/tm-%s.started\"\n"
		    "i=0\n"
		    "while [ '%s' != s ] && [ ! -e \"$d/tm-s.started\" ] && [ $i -lt 100 ]; do\n"
		    "  sleep 0.01; i=$((i + 1))\n"
		    "done\n"
		    "echo 'end %s' >>\"$d/tm.log\"\n"
		    "printf 'TAP version 13\\n1..1\\nok 1 - t\\n'\n",
		    name[i], name[i], name[i], name[i]);
		snprintf(path, sizeof path, "tm-%s.sh", name[i]);
		spit(wpath(path), script);
		chmod(wpath(path), 0755);
		size_t len = strlen(m);
		snprintf(m + len, sizeof m - len, "fake/tm-%s\t%s\t1\t10\t-\t-\tb\t-\tlinux\n",
		         name[i], wpath(path));
	}
	spit(wpath("tm.tsv"), m);
	spit(wpath("timings.tsv"), "# old\nfake/tm-a\t900\t800\nfake/tm-b\t800\t700\n"
	                           "fake/tm-s\t700\t10\nfake/other\t5\t4\n");
	struct result r = run_ipcsuite("--manifest", wpath("tm.tsv"), "--isolation", "-j", "2",
	                               "--timings", wpath("timings.tsv"), NULL);
	ck_assert_msg(r.rc == 0, "rc %d: %s", r.rc, r.err);
	HAS(r.out, "ok 1 - fake/tm-s\n"); /* TAP keeps the manifest's order */
	char logpath[4300];
	snprintf(logpath, sizeof logpath, "%s/tm.log", state);
	char *log = slurp(logpath);
	char *start_s = strstr(log, "start s\n"), *first_end = strstr(log, "end ");
	ck_assert_msg(start_s && first_end && start_s < first_end, "%s", log);
	char *t = slurp(wpath("timings.tsv"));
	HAS(t, "fake/tm-a\t");
	HAS(t, "fake/tm-b\t");
	HAS(t, "fake/tm-s\t");
	HAS(t, "fake/other\t5\t4\n");
	HASNT(t, "fake/tm-a\t900\t800\n");

	/* -j1: one at a time, sleeping or not, longest first (a, b, then s) */
	spit(wpath("timings.tsv"),
	     "fake/tm-a\t900\t800\nfake/tm-b\t800\t700\nfake/tm-s\t700\t10\n");
	unlink(logpath);
	char started[4300];
	snprintf(started, sizeof started, "%s/tm-s.started", state);
	unlink(started);
	r = run_ipcsuite("--manifest", wpath("tm.tsv"), "--isolation", "-j", "1", "--timings",
	                 wpath("timings.tsv"), NULL);
	ck_assert_msg(r.rc == 0, "rc %d: %s", r.rc, r.err);
	ck_assert_str_eq(slurp(logpath), "start a\nend a\nstart b\nend b\nstart s\nend s\n");
}
END_TEST

/* ------------------------------------------------------------------ init */

/* PID 1 of a new PID namespace, root of a user namespace, own mount and IPC
 * namespaces: init mode mounts what is missing there, never on the host. */
static const char *const unshare_init[] = {"unshare",      "--user", "--map-root-user",
                                           "--pid",        "--fork", "--mount",
                                           "--mount-proc", "--ipc",  NULL};

START_TEST(init_runs_and_reports)
{
	struct result r = run_ipcsuite("--init", "--manifest", FAKE_MANIFEST, "--no-isolation",
	                               "fake/pass", "fake/fail", "fake/skip", NULL);
	ck_assert_msg(r.rc == 1, "rc %d: %s", r.rc, r.err);
	HAS(r.out, "TAP version 13\n1..3\n");
	HAS(r.out, "\nIPCSUITE-RESULT exit=1 cases=3 passed=1 failed=1 broken=0 skipped=1 "
	           "other=0 expected-failures=0 regressions=1 wall=");
}
END_TEST

START_TEST(init_is_implied_by_pid_1)
{
	struct result r =
	    run_ipcsuite("--manifest", FAKE_MANIFEST, "--no-isolation", "fake/pass", NULL);
	ck_assert_msg(r.rc == 0, "rc %d: %s", r.rc, r.err);
	HAS(r.out, "\nIPCSUITE-RESULT exit=0 cases=1 passed=1 failed=0 ");
}
END_TEST

START_TEST(init_reports_a_runner_that_stops_early)
{
	struct result r = run_ipcsuite("--init", "--bogus", NULL);
	ck_assert_int_eq(r.rc, 2);
	HAS(r.err, "unknown option --bogus");
	HAS(r.out, "IPCSUITE-RESULT exit=2 cases=0 wall=");
	r = run_ipcsuite("--init", "--manifest", "/nonexistent/manifest.tsv", NULL);
	ck_assert_int_eq(r.rc, 3);
	HAS(r.out, "IPCSUITE-RESULT exit=3 cases=0 wall=");
}
END_TEST

/* ------------------------------------------------------------------ main */

static void cleanup_work(void)
{
	char cmd[4300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", work);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", work);
}

/* "unprivileged": the isolated suite again, as nobody (user namespaces). */
static int drop_to_nobody(void)
{
	if (geteuid() != 0) {
		printf("SKIP: needs root to switch to uid 65534\n");
		return 77;
	}
	if (setgroups(0, NULL) < 0 || setresgid(65534, 65534, 65534) < 0 ||
	    setresuid(65534, 65534, 65534) < 0) {
		printf("SKIP: cannot switch to uid 65534: %s\n", strerror(errno));
		return 77;
	}
	if (access(IPCSUITE_BIN, X_OK) < 0 || access(FAKE_MANIFEST, R_OK) < 0) {
		printf("SKIP: uid 65534 cannot reach the build tree: %s\n", strerror(errno));
		return 77;
	}
	return 0;
}

int main(int argc, char **argv)
{
	mode = argc > 1 ? argv[1] : "host";
	if (!strcmp(mode, "unprivileged")) {
		int rc = drop_to_nobody();
		if (rc)
			return rc;
		mode = "isolated";
	}
	if (!mkdtemp(work))
		return 99;
	chmod(work, 0755);
	snprintf(state, sizeof state, "%s/state", work);
	mkdir(state, 0777);
	chmod(state, 0777);

	Suite *s = suite_create("runner");
	TCase *tc = tcase_create(mode);
	tcase_set_timeout(tc, 90);
	if (!strcmp(mode, "isolated") || !strcmp(mode, "host")) {
		if (!strcmp(mode, "isolated")) {
			struct result probe = run_ipcsuite("--manifest", FAKE_MANIFEST,
			                                   "--isolation", "fake/pass", NULL);
			if (probe.rc == 3 && strstr(probe.err, "not possible")) {
				printf("SKIP: %s", probe.err);
				cleanup_work();
				return 77;
			}
		}
		full_run();
		tcase_add_test(tc, full_exit_and_plan);
		tcase_add_test(tc, full_pass);
		tcase_add_test(tc, full_fail);
		tcase_add_test(tc, full_skips);
		tcase_add_test(tc, full_broken);
		tcase_add_test(tc, full_crash);
		tcase_add_test(tc, full_hang);
		tcase_add_test(tc, full_garbage);
		tcase_add_test(tc, full_aggregate_is_clean);
		tcase_add_test(tc, full_bad_tap);
		tcase_add_test(tc, full_leak);
		tcase_add_test(tc, full_orphan);
		tcase_add_test(tc, full_close_stdout);
		tcase_add_test(tc, full_huge);
		tcase_add_test(tc, full_records);
		tcase_add_test(tc, full_junit_json);
		tcase_add_test(tc, full_ktap_valid);
		if (!strcmp(mode, "isolated"))
			tcase_add_test(tc, isolated_exclusive_runs_alone);
		if (!strcmp(mode, "isolated"))
			tcase_add_test(tc, isolated_timings_order_and_sleepers);
	} else if (!strcmp(mode, "denied")) {
		wrapper = DENY_BIN;
		struct result probe = run_ipcsuite("--version", NULL);
		if (probe.rc == 77) {
			printf("SKIP: seccomp unavailable: %s", probe.err);
			cleanup_work();
			return 77;
		}
		tcase_add_test(tc, denied_falls_back_to_no_isolation);
	} else if (!strcmp(mode, "cli")) {
		tcase_add_test(tc, cli_exit_codes);
		tcase_add_test(tc, cli_filters);
		tcase_add_test(tc, cli_list);
		tcase_add_test(tc, cli_refs);
		tcase_add_test(tc, cli_levels);
		tcase_add_test(tc, cli_baseline_expected_failure);
		tcase_add_test(tc, cli_baseline_unexpected_pass);
		tcase_add_test(tc, cli_baseline_regression);
		tcase_add_test(tc, cli_baseline_glob_and_differs);
		tcase_add_test(tc, cli_baseline_malformed);
		tcase_add_test(tc, cli_baseline_include);
		tcase_add_test(tc, cli_baseline_per_test);
		tcase_add_test(tc, cli_baseline_kind_change);
		tcase_add_test(tc, cli_baseline_malformed_tests);
		tcase_add_test(tc, cli_baseline_record_then_expect);
		tcase_add_test(tc, cli_repeat_flaky);
		tcase_add_test(tc, cli_output_errors);
		tcase_add_test(tc, cli_stale_tmpdir_removed);
		tcase_add_test(tc, cli_timeout_scale);
		tcase_add_test(tc, cli_private_ipc_ns_skipped_without_isolation);
		tcase_add_test(tc, cli_ktap_outcomes);
		tcase_add_test(tc, cli_ktap_expected_failure);
		tcase_add_test(tc, cli_ktap_checker_rejects);
	} else if (!strcmp(mode, "init")) {
		prefix = unshare_init;
		struct result probe = run_ipcsuite("--version", NULL);
		if (probe.rc != 0 || !strstr(probe.out, "ipcsuite ")) {
			printf("SKIP: unshare with a user and PID namespace is not possible here "
			       "(rc %d): %s",
			       probe.rc, probe.err);
			cleanup_work();
			return 77;
		}
		tcase_add_test(tc, init_runs_and_reports);
		tcase_add_test(tc, init_is_implied_by_pid_1);
		tcase_add_test(tc, init_reports_a_runner_that_stops_early);
	} else {
		fprintf(stderr, "usage: test_runner isolated|host|denied|cli|init\n");
		return 2;
	}
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	cleanup_work();
	return failed ? 1 : 0;
}
