/*
 * test_json_read.c - the report's JSON reader (runners/ipcsuite/json_read.c):
 * what the runner writes reads back, and malformed input of every kind gives
 * a clean error, never a crash (this test also runs under the sanitizers'
 * eyes when the build uses them).
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "json_read.h"

static struct jval *parse(const char *s, char *err, size_t errlen)
{
	return json_parse(s, strlen(s), err, errlen);
}

START_TEST(reads_a_report_shape)
{
	char err[200];
	struct jval *v =
	    parse("{\"kernel\": \"6.1.0\", \"wall_seconds\": 1.5e1, \"interrupted\": false,\n"
	          " \"baseline\": null, \"totals\": {\"pass\": 3, \"fail\": -1},\n"
	          " \"results\": [{\"id\": \"pipe/a\", \"flaky\": true}, [], {}]}",
	          err, sizeof err);
	ck_assert_msg(v, "%s", err);
	ck_assert_int_eq(v->type, JT_OBJ);
	ck_assert_str_eq(json_get_str(v, "kernel"), "6.1.0");
	ck_assert(json_get_num(v, "wall_seconds", 0) == 15.0);
	ck_assert(!json_get_bool(v, "interrupted", true));
	ck_assert_int_eq(json_get(v, "baseline")->type, JT_NULL);
	ck_assert(json_get_num(json_get(v, "totals"), "fail", 0) == -1);
	const struct jval *r = json_get(v, "results");
	ck_assert_int_eq(r->type, JT_ARR);
	ck_assert_uint_eq(r->n, 3);
	ck_assert_str_eq(json_get_str(&r->items[0], "id"), "pipe/a");
	ck_assert(json_get_bool(&r->items[0], "flaky", false));
	/* wrong types and missing keys give the default, not a crash */
	ck_assert_ptr_null(json_get_str(v, "wall_seconds"));
	ck_assert_ptr_null(json_get_str(v, "nope"));
	ck_assert_ptr_null(json_get(&r->items[1], "id"));
	ck_assert(json_get_num(NULL, "x", 7) == 7);
	json_free(v);
}
END_TEST

START_TEST(decodes_string_escapes)
{
	char err[200];
	struct jval *v =
	    parse("[\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\u0001\\ud83d\\ude00\\ud800x\\u0000\"]", err,
	          sizeof err);
	ck_assert_msg(v, "%s", err);
	/* U+00E9, U+0001 kept, a surrogate pair joined, a lone one and NUL -> U+FFFD */
	ck_assert_str_eq(v->items[0].str,
	                 "a\"b\\c/d\n\t\xc3\xa9\x01\xf0\x9f\x98\x80\xef\xbf\xbdx\xef\xbf\xbd");
	json_free(v);
}
END_TEST

static const char *const malformed[] = {
    "",
    "   ",
    "{",
    "[",
    "[1,",
    "[1 2]",
    "[1,]",
    "{\"a\" 1}",
    "{\"a\": }",
    "{\"a\": 1,}",
    "{1: 2}",
    "\"unterminated",
    "\"bad escape \\x41\"",
    "\"bad \\u12g4\"",
    "\"short \\u12\"",
    "\"trailing backslash \\",
    "\"raw\ncontrol\"",
    "tru",
    "nul",
    "falsey",
    "-",
    "01",
    "1.",
    "1e",
    ".5",
    "+1",
    "0x10",
    "NaN",
    "{} {}",
    "[]]",
    "{\"a\": [1, {\"b\": }]}",
};

START_TEST(malformed_input_is_a_clean_error)
{
	const char *s = malformed[_i];
	char err[200] = "untouched";
	struct jval *v = parse(s, err, sizeof err);
	ck_assert_msg(!v, "accepted malformed JSON: %s", s);
	ck_assert_msg(!strncmp(err, "offset ", 7), "no reason for %s: %s", s, err);
}
END_TEST

START_TEST(deep_nesting_is_refused)
{
	enum { DEPTH = 100000 };
	char *s = malloc(2 * DEPTH + 1);
	memset(s, '[', DEPTH);
	memset(s + DEPTH, ']', DEPTH);
	s[2 * DEPTH] = '\0';
	char err[200];
	ck_assert_ptr_null(json_parse(s, 2 * DEPTH, err, sizeof err));
	ck_assert_ptr_nonnull(strstr(err, "nested deeper"));
	/* 64 levels are fine */
	struct jval *ok = json_parse(s + DEPTH - 64, 128, err, sizeof err);
	ck_assert_msg(ok, "%s", err);
	json_free(ok);
	free(s);
}
END_TEST

START_TEST(truncations_of_a_valid_document_never_crash)
{
	static const char doc[] =
	    "{\"a\": [1, -2.5e3, \"x\\u00e9\\n\", true, false, null, {\"b\": {}}]}";
	char err[200];
	struct jval *whole = json_parse(doc, sizeof doc - 1, err, sizeof err);
	ck_assert_msg(whole, "%s", err);
	json_free(whole);
	for (size_t n = 0; n < sizeof doc - 1; n++) {
		/* a copy of exactly n bytes, so that reading past it is caught */
		char *cut = malloc(n ? n : 1);
		memcpy(cut, doc, n);
		ck_assert_ptr_null(json_parse(cut, n, err, sizeof err));
		free(cut);
	}
	/* a tiny error buffer is still written safely */
	char tiny[4];
	ck_assert_ptr_null(json_parse("[", 1, tiny, sizeof tiny));
	ck_assert_uint_lt(strlen(tiny), sizeof tiny);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("json_read");
	TCase *tc = tcase_create("json_read");
	tcase_add_test(tc, reads_a_report_shape);
	tcase_add_test(tc, decodes_string_escapes);
	tcase_add_loop_test(tc, malformed_input_is_a_clean_error, 0,
	                    (int)(sizeof malformed / sizeof malformed[0]));
	tcase_add_test(tc, deep_nesting_is_refused);
	tcase_add_test(tc, truncations_of_a_valid_document_never_crash);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
