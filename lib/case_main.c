/* case_main.c - the main of every case: metadata, requirements, then each
 * test in its own Check fork with a timeout, then TAP 13 from the records. */
#include <check.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

static const struct ipcs_test *current;

START_TEST(ipcs_trampoline)
{
	ipcs_role_ = IPCS_ROLE_TEST;
	/* stdout carries TAP: nothing a test prints may land there. */
	dup2(STDERR_FILENO, STDOUT_FILENO);
	current->fn();
	ipcs_reap_children();
	if (ipcs_failures() > 0)
		ck_abort_msg("%d expectation(s) failed", ipcs_failures());
}
END_TEST

/* ------------------------------------------------------------------ output */

/* YAML double-quoted scalar. */
static void put_yaml_string(const char *s)
{
	putchar('"');
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c < 0x20 || c == 0x7f)
			printf("\\x%02x", c);
		else
			putchar(c);
	}
	putchar('"');
}

/* A TAP description or directive reason: one line, '#' and '\' escaped. */
static void put_tap_text(const char *s)
{
	for (; s && *s; s++) {
		if (*s == '#' || *s == '\\')
			putchar('\\');
		putchar(*s == '\n' || *s == '\r' ? ' ' : *s);
	}
}

/* ------------------------------------------------------- record handling */

#define MAX_FIELDS 8
struct record {
	char *type;
	char *f[MAX_FIELDS];
	int n;
};

/* Split one record line in place. */
static void parse_record(char *line, struct record *r)
{
	r->type = line;
	r->n = 0;
	for (char *p = strchr(line, '\t'); p && r->n < MAX_FIELDS; p = strchr(p, '\t')) {
		*p++ = '\0';
		r->f[r->n++] = p;
	}
	for (int i = 0; i < r->n; i++)
		ipcs_unescape_field(r->f[i]);
	for (int i = r->n; i < MAX_FIELDS; i++)
		r->f[i] = "-";
}

static char *read_records_from(off_t off)
{
	struct stat st;
	int fd = ipcs_records_fd();

	if (fstat(fd, &st) < 0 || st.st_size < off)
		return strdup("");
	size_t len = (size_t)(st.st_size - off);
	char *buf = malloc(len + 1);
	if (!buf)
		return strdup("");
	ssize_t got = pread(fd, buf, len, off);
	buf[got > 0 ? got : 0] = '\0';
	return buf;
}

static bool is_diag(const struct record *r)
{
	return strcmp(r->type, "FAIL") == 0 || strcmp(r->type, "BROKEN") == 0;
}

static void put_diag_fields(const struct record *r, const char *indent)
{
	printf("%smessage: ", indent);
	put_yaml_string(r->f[2]);
	printf("\n%sfile: ", indent);
	put_yaml_string(r->f[0]);
	printf("\n%sline: %d\n", indent, atoi(r->f[1]));
	static const char *keys[] = {"expression", "expected", "got", "errno"};
	for (int k = 0; k < 4; k++) {
		if (strcmp(r->f[3 + k], "-") == 0)
			continue;
		printf("%s%s: ", indent, keys[k]);
		put_yaml_string(r->f[3 + k]);
		putchar('\n');
	}
}

/* Removes what a test left registered: an ADD with no DEL after it. Runs in
 * the main process, so it happens even when the test crashed. */
static void release_leftovers(struct record *recs, int n)
{
	for (int i = 0; i < n; i++) {
		if (strcmp(recs[i].type, "ADD") != 0)
			continue;
		bool deleted = false;
		for (int j = i + 1; j < n && !deleted; j++)
			deleted = strcmp(recs[j].type, "DEL") == 0 &&
			          strcmp(recs[j].f[0], recs[i].f[0]) == 0 &&
			          strcmp(recs[j].f[1], recs[i].f[1]) == 0 &&
			          strcmp(recs[j].f[2], recs[i].f[2]) == 0;
		if (!deleted)
			ipcs_release_object(recs[i].f[0], recs[i].f[1], recs[i].f[2], recs[i].f[3]);
	}
}

/* Runs test i under Check; prints its TAP line; returns 0 pass, 1 not ok, 2 skip. */
static int run_one(int num, const struct ipcs_test *t)
{
	off_t start = lseek(ipcs_records_fd(), 0, SEEK_END);

	current = t;
	Suite *s = suite_create(ipcs_case_info.id);
	TCase *tc = tcase_create(t->name);
	tcase_add_test(tc, ipcs_trampoline);
	tcase_set_timeout(tc, ipcs_test_timeout_s());
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_FORK);
	fflush(stdout);
	fflush(stderr);
	srunner_run_all(sr, CK_SILENT);

	int ck_type = CK_ERROR;
	char ck_msg[512] = "Check ran no test";
	if (srunner_ntests_run(sr) == 1) {
		TestResult **res = srunner_results(sr);
		ck_type = tr_rtype(res[0]);
		snprintf(ck_msg, sizeof ck_msg, "%s", tr_msg(res[0]) ? tr_msg(res[0]) : "");
	}
	srunner_free(sr);

	char *buf = read_records_from(start);
	int cap = 16, n = 0;
	struct record *recs = malloc(sizeof *recs * (size_t)cap);
	for (char *save = NULL, *line = strtok_r(buf, "\n", &save); line && recs;
	     line = strtok_r(NULL, "\n", &save)) {
		if (n == cap) {
			cap *= 2;
			struct record *bigger = realloc(recs, sizeof *recs * (size_t)cap);
			if (!bigger)
				break;
			recs = bigger;
		}
		parse_record(line, &recs[n++]);
	}
	if (!recs)
		n = 0;
	release_leftovers(recs, n);

	/* The first FAIL or BROKEN decides: what came after may be its echo. */
	const struct record *first = NULL, *skip = NULL;
	int ndiag = 0;
	for (int i = 0; i < n; i++) {
		if (is_diag(&recs[i]) && ndiag++ == 0)
			first = &recs[i];
		if (!skip && strcmp(recs[i].type, "SKIP") == 0)
			skip = &recs[i];
	}
	for (int i = 0; i < n; i++)
		if (strcmp(recs[i].type, "NOTE") == 0) {
			fputs("# ", stdout);
			put_tap_text(recs[i].f[0]);
			putchar('\n');
		}

	/* A skip stands only if the test ended by skipping (or passed after a
	 * child skipped): a crash or timeout after it is reported as such. */
	bool ended_by_skip = ck_type == CK_FAILURE && strcmp(ck_msg, IPCS_SKIP_MARK) == 0;
	if (skip && !(ended_by_skip || ck_type == CK_PASS))
		skip = NULL;
	int verdict;
	if (!first && skip) {
		printf("ok %d - %s # SKIP ", num, t->name);
		put_tap_text(skip->f[2]);
		putchar('\n');
		verdict = 2;
	} else if (!first && ck_type == CK_PASS) {
		printf("ok %d - %s\n", num, t->name);
		verdict = 0;
	} else {
		printf("not ok %d - %s\n  ---\n", num, t->name);
		if (first) {
			printf("  outcome: %s\n",
			       strcmp(first->type, "BROKEN") == 0 ? "broken" : "fail");
			put_diag_fields(first, "  ");
		} else {
			/* Check saw what no record explains: a signal, a timeout, an exit. */
			printf("  outcome: fail\n  message: ");
			put_yaml_string(ck_msg);
			putchar('\n');
		}
		if (ndiag > 1) {
			printf("  diagnostics:\n");
			for (int i = 0; i < n; i++) {
				if (!is_diag(&recs[i]))
					continue;
				printf("    - outcome: %s\n",
				       strcmp(recs[i].type, "BROKEN") == 0 ? "broken" : "fail");
				put_diag_fields(&recs[i], "      ");
			}
		}
		printf("  ...\n");
		verdict = 1;
	}
	fflush(stdout);
	free(recs);
	free(buf);
	return verdict;
}

const char *ipcs_level_name(enum ipcs_level level)
{
	switch (level) {
	case IPCS_LEVEL_POSIX:
		return "posix";
	case IPCS_LEVEL_LINUX:
		return "linux";
	case IPCS_LEVEL_KERNEL:
		return "kernel";
	default:
		return NULL;
	}
}

static void print_meta(size_t ntests)
{
	const struct ipcs_case_info *ci = &ipcs_case_info;
	char needs[512], tags[256], behavior[1024], ref[512];

	ipcs_format_needs(ci, needs, sizeof needs);
	ipcs_escape_field(tags, sizeof tags, ci->tags);
	ipcs_escape_field(behavior, sizeof behavior, ci->behavior);
	ipcs_escape_field(ref, sizeof ref, ci->ref);
	printf("%s\t%zu\t%zu\t%s\t%s\t%s\t%s\t%s\n", ipcs_case_info.id, ntests,
	       ntests * (size_t)ipcs_test_timeout_s() + 5, needs, tags, behavior, ref,
	       ipcs_level_name(ci->level));
}

int ipcs_case_main(int argc, char **argv, const struct ipcs_test *tests, size_t n)
{
	bool selected[64] = {false};
	size_t nsel = 0;

	if (argc == 2 && strcmp(argv[1], IPCS_READER_ARG) == 0)
		return ipcs_reader_main();
	if (n > 64) {
		fprintf(stderr, "%s: at most 64 tests in one case\n", ipcs_case_info.id);
		return 2;
	}
	if (!ipcs_case_info.behavior || !ipcs_case_info.ref) {
		fprintf(stderr, "%s: IPCS_CASE needs .behavior and .ref\n", ipcs_case_info.id);
		return 2;
	}
	if (!ipcs_level_name(ipcs_case_info.level)) {
		fprintf(stderr,
		        "%s: IPCS_CASE needs .level = IPCS_LEVEL_POSIX, _LINUX or _KERNEL\n",
		        ipcs_case_info.id);
		return 2;
	}
	for (int a = 1; a < argc; a++) {
		if (strcmp(argv[a], "--meta") == 0) {
			print_meta(n);
			return 0;
		}
		if (strcmp(argv[a], "--list") == 0) {
			for (size_t i = 0; i < n; i++)
				puts(tests[i].name);
			return 0;
		}
		size_t i = 0;
		while (i < n && strcmp(argv[a], tests[i].name) != 0)
			i++;
		if (i == n) {
			fprintf(stderr, "%s: no test named '%s' (try --list)\n", ipcs_case_info.id,
			        argv[a]);
			return 2;
		}
		selected[i] = true;
		nsel++;
	}

	/* Settings from the caller's environment must not change what runs. */
	static const char *check_env[] = {"CK_RUN_SUITE",
	                                  "CK_RUN_CASE",
	                                  "CK_INCLUDE_TAGS",
	                                  "CK_EXCLUDE_TAGS",
	                                  "CK_FORK",
	                                  "CK_VERBOSITY",
	                                  "CK_DEFAULT_TIMEOUT",
	                                  "CK_TAP_LOG_FILE_NAME",
	                                  "CK_XML_LOG_FILE_NAME",
	                                  "CK_LOG_FILE_NAME"};
	for (size_t i = 0; i < sizeof check_env / sizeof check_env[0]; i++)
		unsetenv(check_env[i]);
	signal(SIGPIPE, SIG_IGN);

	ipcs_identity_snapshot();
	printf("TAP version 13\n");
	const char *unmet = ipcs_unmet_requirement(&ipcs_case_info);
	if (unmet) {
		printf("1..0 # SKIP ");
		put_tap_text(unmet);
		putchar('\n');
		return 4;
	}
	ipcs_records_open();
	printf("1..%zu\n", nsel ? nsel : n);

	int num = 0, notok = 0;
	for (size_t i = 0; i < n; i++) {
		if (nsel && !selected[i])
			continue;
		if (run_one(++num, &tests[i]) == 1)
			notok++;
	}
	return notok ? 1 : 0;
}
