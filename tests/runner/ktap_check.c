/*
 * ktap_check.c - checks a file against KTAP version 1 as the kernel's
 * Documentation/dev-tools/ktap.rst specifies it, so that --ktap is checked by
 * something written from the spec rather than from report_ktap.c (no KTAP
 * parser is packaged in Debian; kunit.py lives only in the kernel tree).
 *
 *   ktap_check FILE    exit 0 and one summary line when valid; else one
 *                      "FILE:LINE: problem" line per problem, exit 1
 *
 * What it enforces (spec section in brackets):
 *  - the first line is "KTAP version 1" [Version lines];
 *  - a plan "1..N" comes right after a version line (diagnostics may be
 *    between), once per block [Plan lines]; the top level has one and
 *    its count of results matches it;
 *  - result lines are "ok|not ok <number> [<description>][ # [<directive>]
 *    [<data>]]", numbered 1, 2, ... per block [Test case result lines];
 *    TIMEOUT and ERROR only on "not ok";
 *  - a subtest block starts with a version line indented two spaces deeper
 *    and ends at its parent's result line, one level out [Nested tests];
 *    indentation is in steps of two spaces;
 *  - a parent whose subtests failed (a "not ok" that is not SKIP) or are
 *    fewer than planned is "not ok", or "ok ... # XFAIL" (an expected
 *    failure, as kselftest writes it) ["If one of the subtests fail ... the
 *    parent test should also fail"];
 *  - diagnostics are "# ..." lines [Diagnostic lines]; anything else is an
 *    unknown line, which the spec allows but ipcsuite never writes: an error.
 * The summary counts the top level's results: "ktap_check: valid: 4 tests:
 * pass 1, fail 1, skip 1, xfail 0, error 1, todo 0; 6 subtests".
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 16

struct block {
	long plan;       /* -1: none */
	long next;       /* the next result's number */
	bool results;    /* a result seen (a plan must come before) */
	bool failed;     /* a "not ok" that is not SKIP */
	bool child_open; /* a nested block was closed and awaits this block's result */
	bool child_bad;  /* that block failed or was incomplete */
};

static const char *file;
static long lineno, problems;
static struct block st[MAX_DEPTH];
static int depth = -1; /* top of the stack: the block at indentation depth*2 */
static long counts[6], subtests;
enum { PASS, FAIL, SKIP, XFAIL, ERROR, TODO };

static void bad(const char *what)
{
	problems++;
	printf("%s:%ld: %s\n", file, lineno, what);
}

static void push(void)
{
	if (depth + 1 >= MAX_DEPTH) {
		bad("nested too deep");
		return;
	}
	depth++;
	st[depth] = (struct block){.plan = -1, .next = 1};
}

/* Closes the innermost block; its parent's next result line is its result. */
static void pop(void)
{
	struct block *b = &st[depth];
	bool incomplete = b->plan >= 0 && b->next - 1 != b->plan;
	if (b->child_open)
		bad("a subtest block never got its parent's result line");
	depth--;
	if (depth >= 0) {
		st[depth].child_open = true;
		st[depth].child_bad = b->failed || incomplete;
	}
}

static bool all_digits(const char *s, const char *end)
{
	if (s == end)
		return false;
	for (; s < end; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

static void result(const char *s, int d)
{
	while (depth > d)
		pop();
	if (depth != d) {
		bad("result line deeper than any open block (no version line before it)");
		return;
	}
	struct block *b = &st[depth];
	bool ok = !strncmp(s, "ok ", 3);
	const char *p = s + (ok ? 3 : 7), *num = p;
	while (isdigit((unsigned char)*p))
		p++;
	if (!all_digits(num, p) || (*p && *p != ' ')) {
		bad("result line without a number after ok / not ok");
		return;
	}
	if (strtol(num, NULL, 10) != b->next)
		bad("result number out of sequence (1, 2, ... per block)");
	b->next++;
	b->results = true;
	const char *hash = strchr(p, '#'), *dir = "";
	if (hash && hash[-1] != ' ')
		bad("'#' inside a description (it must be \" # \")");
	if (hash) {
		const char *w = hash + 1;
		if (*w && *w != ' ')
			bad("no space after the '#' of a directive");
		while (*w == ' ')
			w++;
		static const char *const known[] = {"SKIP", "TODO", "XFAIL", "TIMEOUT", "ERROR"};
		for (size_t k = 0; k < sizeof known / sizeof known[0]; k++) {
			size_t n = strlen(known[k]);
			if (!strncmp(w, known[k], n) && (w[n] == ' ' || !w[n]))
				dir = known[k];
		}
	}
	if (ok && (!strcmp(dir, "TIMEOUT") || !strcmp(dir, "ERROR")))
		bad("TIMEOUT and ERROR go with \"not ok\"");
	if (!ok && strcmp(dir, "SKIP"))
		b->failed = true;
	if (b->child_open) {
		if (b->child_bad && ok && strcmp(dir, "XFAIL"))
			bad("\"ok\" over subtests that failed or are fewer than planned "
			    "(not ok, or ok # XFAIL)");
		b->child_open = false;
	}
	if (depth > 0) {
		subtests++;
		return;
	}
	int k = !strcmp(dir, "SKIP")    ? SKIP
	        : !strcmp(dir, "XFAIL") ? XFAIL
	        : !strcmp(dir, "TODO")  ? TODO
	        : *dir                  ? ERROR
	        : ok                    ? PASS
	                                : FAIL;
	counts[k]++;
}

static void line(char *s)
{
	size_t n = strlen(s);
	if (n && s[n - 1] == '\n')
		s[--n] = 0;
	size_t ind = strspn(s, " ");
	const char *t = s + ind;
	if (strchr(s, '\t'))
		bad("tab character (indentation is two spaces per level)");
	if (*t == '#') {
		if (t[1] && t[1] != ' ')
			bad("diagnostic line without a space after '#'");
		return; /* diagnostics may be anywhere, at any indentation */
	}
	if (ind % 2) {
		bad("indentation is not a multiple of two spaces");
		return;
	}
	int d = (int)(ind / 2);
	if (lineno == 1 && strcmp(s, "KTAP version 1"))
		bad("the first line is not \"KTAP version 1\"");
	if (!strncmp(t, "KTAP version ", 13) || !strncmp(t, "TAP version ", 12)) {
		if (strcmp(t, "KTAP version 1"))
			bad("a version line other than \"KTAP version 1\"");
		if (depth >= 0 && d == 0) {
			bad("a second version line at the top level");
			return;
		}
		while (depth >= d && depth > 0)
			pop(); /* a sibling block ends here */
		if (depth < 0 ? d != 0 : d != depth + 1)
			bad("version line at the wrong indentation (a subtest block is one level "
			    "deeper than its parent)");
		else if (depth >= 0 && st[depth].child_open)
			bad("a subtest block right after another, with no result line between");
		push();
	} else if (!strncmp(t, "1..", 3)) {
		if (d != depth)
			bad("plan at another indentation than its version line");
		else if (st[depth].plan >= 0 || st[depth].results)
			bad("plan not right after the version line, or a second plan");
		else if (!all_digits(t + 3, t + strlen(t)))
			bad("plan is not \"1..N\"");
		else
			st[depth].plan = strtol(t + 3, NULL, 10);
	} else if (!strcmp(t, "ok") || !strcmp(t, "not ok")) {
		bad("result line without a number");
	} else if (!strncmp(t, "ok ", 3) || !strncmp(t, "not ok ", 7)) {
		if (depth < 0)
			bad("result line before the version line");
		else
			result(t, d);
	} else {
		bad(*t ? "unknown line (neither version, plan, result nor diagnostic)"
		       : "empty line");
	}
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: ktap_check FILE\n");
		return 2;
	}
	file = argv[1];
	FILE *f = fopen(file, "r");
	if (!f) {
		perror(file);
		return 2;
	}
	char *buf = NULL;
	size_t cap = 0;
	while (getline(&buf, &cap, f) >= 0) {
		lineno++;
		line(buf);
	}
	free(buf);
	fclose(f);
	if (lineno == 0)
		bad("empty file");
	if (depth > 0)
		bad("the file ends inside a subtest block");
	while (depth > 0)
		pop();
	if (depth == 0) {
		if (st[0].child_open)
			bad("a subtest block never got its parent's result line");
		if (st[0].plan < 0)
			bad("no plan at the top level");
		else if (st[0].next - 1 != st[0].plan) {
			char m[96];
			snprintf(m, sizeof m, "the plan says %ld tests, %ld results", st[0].plan,
			         st[0].next - 1);
			bad(m);
		}
	}
	if (problems)
		return 1;
	printf("ktap_check: valid: %ld tests: pass %ld, fail %ld, skip %ld, xfail %ld, error %ld, "
	       "todo %ld; %ld subtests\n",
	       st[0].next - 1, counts[PASS], counts[FAIL], counts[SKIP], counts[XFAIL],
	       counts[ERROR], counts[TODO], subtests);
	return 0;
}
