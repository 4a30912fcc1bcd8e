/* test_lib.c - Check tests of lib/: runs the fixture cases and checks the
 * TAP they print, their exit codes, their diagnostics and their cleanup. */
#include <check.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"

/* The library expects the case's metadata; this program is not a case. */
IPCS_CASE(.behavior = "lib self-test", .ref = "tests/lib");

struct run {
	int status;
	char out[65536];
};

/* Runs the fixture with args (NULL-terminated), stdout captured, stderr
 * discarded, env pairs "K=V" added. */
static void run_fixture(struct run *r, const char *path, const char *const *args,
                        const char *const *env)
{
	int fds[2];
	ck_assert_int_eq(pipe(fds), 0);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		dup2(fds[1], 1);
		int null = open("/dev/null", O_WRONLY);
		dup2(null, 2);
		close(fds[0]);
		for (int i = 0; env && env[i]; i++)
			putenv((char *)env[i]);
		const char *argv[16] = {path};
		for (int i = 0; args && args[i] && i < 14; i++)
			argv[i + 1] = args[i];
		execv(path, (char *const *)argv);
		_exit(127);
	}
	close(fds[1]);
	size_t len = 0;
	ssize_t n;
	while ((n = read(fds[0], r->out + len, sizeof r->out - 1 - len)) > 0)
		len += (size_t)n;
	r->out[len] = '\0';
	close(fds[0]);
	ck_assert_int_eq(waitpid(pid, &r->status, 0), pid);
}

static int exit_code(const struct run *r)
{
	return WIFEXITED(r->status) ? WEXITSTATUS(r->status) : 128 + WTERMSIG(r->status);
}

#define ck_assert_has(hay, needle)                                                                 \
	ck_assert_msg(strstr(hay, needle), "missing '%s' in:\n%s", needle, hay)
#define ck_assert_lacks(hay, needle)                                                               \
	ck_assert_msg(!strstr(hay, needle), "unexpected '%s' in:\n%s", needle, hay)

static void run_test(struct run *r, const char *name)
{
	const char *args[] = {name, NULL};
	run_fixture(r, FIXTURE, args, NULL);
}

START_TEST(pass_prints_version_plan_ok)
{
	struct run r;
	run_test(&r, "passes");
	ck_assert_int_eq(exit_code(&r), 0);
	ck_assert_str_eq(r.out, "TAP version 13\n1..1\nok 1 - passes\n");
}
END_TEST

START_TEST(value_failure_names_expression_expected_got)
{
	struct run r;
	run_test(&r, "fails_value");
	ck_assert_int_eq(exit_code(&r), 1);
	ck_assert_has(r.out, "not ok 1 - fails_value\n  ---\n  outcome: fail\n");
	ck_assert_has(r.out, "  expression: \"GETZCNT == 7\"\n");
	ck_assert_has(r.out, "  expected: \"== 7\"\n");
	ck_assert_has(r.out, "  file: \"tests/lib/fixture.c\"\n");
	ck_assert_has(r.out, "  ...\n");
}
END_TEST

START_TEST(errno_failure_prints_names_not_numbers)
{
	struct run r;
	run_test(&r, "fails_errno");
	ck_assert_int_eq(exit_code(&r), 1);
	ck_assert_has(r.out, "  expected: \"-1 with errno ENOENT\"\n");
	ck_assert_has(r.out, "  got: \"-1 with errno EINVAL\"\n");
	ck_assert_has(r.out, "  errno: \"EINVAL\"\n");
}
END_TEST

START_TEST(setup_failure_is_broken_and_stops)
{
	struct run r;
	run_test(&r, "breaks_in_setup");
	ck_assert_int_eq(exit_code(&r), 1);
	ck_assert_has(r.out, "  outcome: broken\n");
	ck_assert_has(r.out, "  errno: \"EINVAL\"\n");
	ck_assert_lacks(r.out, "not reached");
	ck_assert_lacks(r.out, "outcome: fail");
}
END_TEST

START_TEST(runtime_skip_escapes_reason)
{
	struct run r;
	run_test(&r, "skips_with_hash");
	ck_assert_int_eq(exit_code(&r), 0);
	ck_assert_has(r.out, "ok 1 - skips_with_hash # SKIP needs \\#42 \\\\ and a newline\n");
}
END_TEST

START_TEST(child_failure_fails_the_test)
{
	struct run r;
	run_test(&r, "child_failure_counts");
	ck_assert_int_eq(exit_code(&r), 1);
	ck_assert_has(r.out, "  expression: \"getpid() == 0\"\n");
}
END_TEST

START_TEST(crash_is_reported_and_objects_removed)
{
	char idfile[] = "/tmp/ipcsuite-libtest-XXXXXX", recfile[] = "/tmp/ipcsuite-librec-XXXXXX";
	close(mkstemp(idfile));
	close(mkstemp(recfile));
	char env1[128], env2[128];
	snprintf(env1, sizeof env1, "FIXTURE_ID_FILE=%s", idfile);
	snprintf(env2, sizeof env2, "IPCSUITE_RECORDS=%s", recfile);
	const char *env[] = {env1, env2, NULL};
	const char *args[] = {"crashes_after_create", NULL};
	struct run r;
	run_fixture(&r, FIXTURE, args, env);
	ck_assert_int_eq(exit_code(&r), 1);
	ck_assert_has(r.out, "Received signal 11");

	FILE *f = fopen(idfile, "r");
	int id = -1;
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(fscanf(f, "%d", &id), 1);
	fclose(f);
	ck_assert_msg(semctl(id, 0, GETVAL) == -1 && (errno == EINVAL || errno == EIDRM),
	              "semaphore set %d still exists after the crashed test", id);

	/* The runner's copy of the records shows the set added, then removed. */
	char recs[4096] = "", add[64], del[64];
	f = fopen(recfile, "r");
	ck_assert_ptr_nonnull(f);
	recs[fread(recs, 1, sizeof recs - 1, f)] = '\0';
	fclose(f);
	snprintf(add, sizeof add, "ADD\tsem\t%d\t-\n", id);
	snprintf(del, sizeof del, "DEL\tsem\t%d\t-\n", id);
	ck_assert_has(recs, add);
	ck_assert_has(recs, del);
	unlink(idfile);
	unlink(recfile);
}
END_TEST

START_TEST(child_skip_skips_the_test)
{
	struct run r;
	run_test(&r, "child_skip_skips_the_test");
	ck_assert_int_eq(exit_code(&r), 0);
	ck_assert_has(r.out,
	              "ok 1 - child_skip_skips_the_test # SKIP the child cannot test this\n");
}
END_TEST

START_TEST(hang_ends_at_timeout)
{
	struct run r;
	int64_t start = ipcs_now_ns();
	run_test(&r, "hangs");
	ck_assert_int_eq(exit_code(&r), 1);
	ck_assert_has(r.out, "timeout");
	ck_assert_int_lt(ipcs_ms_since(start), 10000);
}
END_TEST

START_TEST(stdout_of_a_test_stays_out_of_tap)
{
	struct run r;
	run_test(&r, "prints_to_stdout");
	ck_assert_int_eq(exit_code(&r), 0);
	ck_assert_str_eq(r.out, "TAP version 13\n1..1\nok 1 - prints_to_stdout\n");
}
END_TEST

START_TEST(state_that_never_comes_is_broken)
{
	struct run r;
	run_test(&r, "waits_for_state_that_never_comes");
	ck_assert_int_eq(exit_code(&r), 1);
	ck_assert_has(r.out, "  outcome: broken\n");
	ck_assert_has(r.out, "GETNCNT of semaphore 0 = 1");
}
END_TEST

START_TEST(note_is_a_tap_comment)
{
	struct run r;
	run_test(&r, "notes_and_passes");
	ck_assert_int_eq(exit_code(&r), 0);
	ck_assert_has(r.out, "\n# a note with \\# hash\nok 1 - notes_and_passes\n");
}
END_TEST

START_TEST(unmet_requirement_skips_whole_case)
{
	struct run r;
	run_fixture(&r, FIXTURE_SKIP, NULL, NULL);
	ck_assert_int_eq(exit_code(&r), 4);
	ck_assert_str_eq(r.out, "TAP version 13\n1..0 # SKIP needs CAP\\#62, which is not in the "
	                        "effective set\n");
}
END_TEST

START_TEST(meta_line_has_eight_fields)
{
	struct run r;
	const char *args[] = {"--meta", NULL};
	run_fixture(&r, FIXTURE, args, NULL);
	ck_assert_int_eq(exit_code(&r), 0);
	ck_assert_str_eq(r.out, "fixture/fixture\t12\t29\t-\tfixture\tlib fixture\t"
	                        "docs/case-protocol.md\tlinux\n");
	run_fixture(&r, FIXTURE_SKIP, args, NULL);
	ck_assert_has(r.out, "\tcap=CAP#62\t");
}
END_TEST

START_TEST(unknown_test_name_is_a_usage_error)
{
	struct run r;
	run_test(&r, "no_such_test");
	ck_assert_int_eq(exit_code(&r), 2);
}
END_TEST

/* Every line of a whole run is TAP: version, plan, result, YAML, comment. */
START_TEST(whole_run_is_well_formed_tap)
{
	struct run r;
	run_fixture(&r, FIXTURE, NULL, NULL);
	ck_assert_int_eq(exit_code(&r), 1);
	ck_assert_msg(strncmp(r.out, "TAP version 13\n1..12\n", 21) == 0, "%s", r.out);
	int results = 0;
	bool in_yaml = false;
	for (char *save = NULL, *l = strtok_r(r.out, "\n", &save); l;
	     l = strtok_r(NULL, "\n", &save)) {
		if (in_yaml) {
			ck_assert_msg(strncmp(l, "  ", 2) == 0, "unindented line in YAML: %s", l);
			in_yaml = strcmp(l, "  ...") != 0;
		} else if (strcmp(l, "  ---") == 0) {
			in_yaml = true;
		} else if (strncmp(l, "ok ", 3) == 0 || strncmp(l, "not ok ", 7) == 0) {
			results++;
		} else {
			ck_assert_msg(l[0] == '#' || strncmp(l, "TAP version", 11) == 0 ||
			                  strncmp(l, "1..", 3) == 0,
			              "not a TAP line: %s", l);
		}
	}
	ck_assert_int_eq(results, 12);
	ck_assert(!in_yaml);
}
END_TEST

START_TEST(names_of_errnos_and_signals)
{
	ck_assert_str_eq(ipcs_errno_name(EAGAIN), "EAGAIN");
	ck_assert_str_eq(ipcs_errno_name(EIDRM), "EIDRM");
	ck_assert_str_eq(ipcs_errno_name(9999), "E#9999");
	ck_assert_str_eq(ipcs_signal_name(SIGSEGV), "SIGSEGV");
	char buf[64];
	ck_assert_str_eq(ipcs_status_str(0x0b, buf, sizeof buf), "killed by SIGSEGV");
	ck_assert_str_eq(ipcs_status_str(3 << 8, buf, sizeof buf), "exited with 3");
}
END_TEST

START_TEST(record_fields_round_trip)
{
	char esc[64], in[] = "a\tb\nc\\d";
	ipcs_escape_field(esc, sizeof esc, in);
	ck_assert_str_eq(esc, "a\\tb\\nc\\\\d");
	ipcs_unescape_field(esc);
	ck_assert_str_eq(esc, in);
	ipcs_escape_field(esc, sizeof esc, "");
	ck_assert_str_eq(esc, "-");
}
END_TEST

START_TEST(unique_keys_are_unused_and_distinct)
{
	key_t a = ipcs_unique_key(), b = ipcs_unique_key();
	ck_assert_int_ne(a, IPC_PRIVATE);
	ck_assert_int_ne(a, b);
	ck_assert_int_eq(semget(a, 0, 0), -1);
	ck_assert_int_eq(errno, ENOENT);
}
END_TEST

static void run_waits(struct run *r, const char *name, const char *const *env)
{
	const char *args[] = {name, NULL};
	run_fixture(r, FIXTURE_WAITS, args, env);
}

START_TEST(skip_then_crash_is_a_crash)
{
	struct run r;
	run_waits(&r, "child_skips_then_test_crashes", NULL);
	ck_assert_int_eq(exit_code(&r), 1);
	ck_assert_has(r.out, "not ok 1 - child_skips_then_test_crashes\n");
	ck_assert_has(r.out, "signal 11");
	ck_assert_lacks(r.out, "# SKIP");
}
END_TEST

START_TEST(skip_then_hang_is_a_timeout)
{
	struct run r;
	run_waits(&r, "child_skips_then_test_hangs", NULL);
	ck_assert_int_eq(exit_code(&r), 1);
	ck_assert_has(r.out, "not ok 1 - child_skips_then_test_hangs\n");
	ck_assert_has(r.out, "timeout");
	ck_assert_lacks(r.out, "# SKIP");
}
END_TEST

START_TEST(behavior_count_that_never_comes_is_fail)
{
	struct run r;
	run_waits(&r, "behavior_count_never_comes", NULL);
	ck_assert_int_eq(exit_code(&r), 1);
	ck_assert_has(r.out, "  outcome: fail\n");
	ck_assert_has(r.out, "  expected: \"GETNCNT of semaphore 0 = 1\"\n");
	ck_assert_has(r.out, "  got: \"0 after ");
	/* the diagnostic points at the case's line, not into lib/ */
	ck_assert_has(r.out, "fixture_waits.c\"\n");
}
END_TEST

START_TEST(behavior_block_that_never_comes_is_fail)
{
	struct run r;
	run_waits(&r, "behavior_block_never_comes", NULL);
	ck_assert_int_eq(exit_code(&r), 1);
	ck_assert_has(r.out, "  outcome: fail\n");
	ck_assert_has(r.out, "  expected: \"process asleep in msgrcv\"\n");
	ck_assert_has(r.out, "  got: \"asleep in system call ");
}
END_TEST

START_TEST(blocked_is_proven_by_proc_syscall)
{
	struct run r;
	run_waits(&r, "blocked_proven", NULL);
	ck_assert_int_eq(exit_code(&r), 0);
	ck_assert_has(r.out, "ok 1 - blocked_proven\n");
	ck_assert_lacks(r.out, "# SKIP");
}
END_TEST

START_TEST(unprovable_block_is_a_skip)
{
	struct run r;
	const char *env[] = {"IPCSUITE_NO_PROC_SYSCALL=1", NULL};
	run_waits(&r, "blocked_proven", env);
	ck_assert_int_eq(exit_code(&r), 0);
	ck_assert_has(r.out, "ok 1 - blocked_proven # SKIP cannot prove that a process is blocked "
	                     "in pause: /proc/");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("lib");
	TCase *tc = tcase_create("fixture");
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, pass_prints_version_plan_ok);
	tcase_add_test(tc, value_failure_names_expression_expected_got);
	tcase_add_test(tc, errno_failure_prints_names_not_numbers);
	tcase_add_test(tc, setup_failure_is_broken_and_stops);
	tcase_add_test(tc, runtime_skip_escapes_reason);
	tcase_add_test(tc, child_failure_fails_the_test);
	tcase_add_test(tc, crash_is_reported_and_objects_removed);
	tcase_add_test(tc, hang_ends_at_timeout);
	tcase_add_test(tc, child_skip_skips_the_test);
	tcase_add_test(tc, stdout_of_a_test_stays_out_of_tap);
	tcase_add_test(tc, state_that_never_comes_is_broken);
	tcase_add_test(tc, note_is_a_tap_comment);
	tcase_add_test(tc, unmet_requirement_skips_whole_case);
	tcase_add_test(tc, meta_line_has_eight_fields);
	tcase_add_test(tc, unknown_test_name_is_a_usage_error);
	tcase_add_test(tc, whole_run_is_well_formed_tap);
	tcase_add_test(tc, skip_then_crash_is_a_crash);
	tcase_add_test(tc, skip_then_hang_is_a_timeout);
	tcase_add_test(tc, behavior_count_that_never_comes_is_fail);
	tcase_add_test(tc, behavior_block_that_never_comes_is_fail);
	tcase_add_test(tc, blocked_is_proven_by_proc_syscall);
	tcase_add_test(tc, unprovable_block_is_a_skip);
	suite_add_tcase(s, tc);
	TCase *unit = tcase_create("unit");
	tcase_add_test(unit, names_of_errnos_and_signals);
	tcase_add_test(unit, record_fields_round_trip);
	tcase_add_test(unit, unique_keys_are_unused_and_distinct);
	suite_add_tcase(s, unit);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
