/* checks.c - the EXPECT/ASSERT/SAFE checks a case writes: each judges a
 * call or a value, records a diagnostic (report.c) and, when fatal, ends the
 * process (process.c). */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static void fail_expr(const char *file, int line, const char *expr, const char *expected,
                      const char *got, int err, const char *msg, bool fatal)
{
	ipcs_count_failure();
	ipcs_record_diag("FAIL", file, line, msg, expr, expected, got, err);
	if (fatal)
		ipcs_end_process();
}

long ipcs_safe_(long ret, int err, const char *file, int line, const char *expr)
{
	if (ret == -1) {
		char msg[1024];
		snprintf(msg, sizeof msg, "setup call failed: %s", expr);
		ipcs_record_diag("BROKEN", file, line, msg, expr, NULL, "-1", err);
		ipcs_end_process();
	}
	return ret;
}

static void describe_ret(char *buf, size_t size, long ret, int err)
{
	if (ret == -1)
		snprintf(buf, size, "-1 with errno %s", ipcs_errno_name(err));
	else
		snprintf(buf, size, "%ld", ret);
}

bool ipcs_check_errno_(long ret, int err, int want, const char *file, int line, const char *expr,
                       bool fatal)
{
	char expected[64], got[64];

	if (ret == -1 && err == want)
		return true;
	snprintf(expected, sizeof expected, "-1 with errno %s", ipcs_errno_name(want));
	describe_ret(got, sizeof got, ret, err);
	fail_expr(file, line, expr, expected, got, ret == -1 ? err : 0,
	          ret == -1 ? "the call failed with another errno" : "the call succeeded", fatal);
	return false;
}

bool ipcs_check_ok_(long ret, int err, const char *file, int line, const char *expr, bool fatal)
{
	char got[64];

	if (ret != -1)
		return true;
	describe_ret(got, sizeof got, ret, err);
	fail_expr(file, line, expr, "success (not -1)", got, err, "the call failed", fatal);
	return false;
}

bool ipcs_check_cmp_(long long a, long long b, const char *op, const char *file, int line,
                     const char *ea, const char *eb, bool fatal)
{
	bool ok = strcmp(op, "==") == 0   ? a == b
	          : strcmp(op, "!=") == 0 ? a != b
	          : strcmp(op, "<") == 0  ? a < b
	          : strcmp(op, "<=") == 0 ? a <= b
	          : strcmp(op, ">") == 0  ? a > b
	                                  : a >= b;
	char expr[512], expected[128], got[64];

	if (ok)
		return true;
	snprintf(expr, sizeof expr, "%s %s %s", ea, op, eb);
	snprintf(expected, sizeof expected, "%s %lld", op, b);
	snprintf(got, sizeof got, "%lld", a);
	fail_expr(file, line, expr, expected, got, 0, "values differ from what is documented",
	          fatal);
	return false;
}

bool ipcs_check_true_(bool c, const char *file, int line, const char *expr, bool fatal)
{
	if (!c)
		fail_expr(file, line, expr, "true", "false", 0, "condition does not hold", fatal);
	return c;
}

static void hex_prefix(char *buf, size_t size, const unsigned char *p, size_t n)
{
	size_t o = 0;

	for (size_t i = 0; i < n && i < 16 && o + 4 < size; i++)
		o += (size_t)snprintf(buf + o, size - o, "%02x ", p[i]);
	if (o)
		buf[o - 1] = '\0';
	else
		buf[0] = '\0';
}

bool ipcs_check_mem_(const void *a, const void *b, size_t n, const char *file, int line,
                     const char *ea, const char *eb, bool fatal)
{
	const unsigned char *pa = a, *pb = b;
	size_t i = 0;
	char expr[512], expected[128], got[128], ha[64], hb[64];

	while (i < n && pa[i] == pb[i])
		i++;
	if (i == n)
		return true;
	hex_prefix(ha, sizeof ha, pa + i, n - i);
	hex_prefix(hb, sizeof hb, pb + i, n - i);
	snprintf(expr, sizeof expr, "memcmp(%s, %s, %zu) == 0", ea, eb, n);
	snprintf(expected, sizeof expected, "at byte %zu: %s", i, hb);
	snprintf(got, sizeof got, "at byte %zu: %s", i, ha);
	fail_expr(file, line, expr, expected, got, 0, "memory contents differ", fatal);
	return false;
}

bool ipcs_check_str_(const char *a, const char *b, const char *file, int line, const char *ea,
                     const char *eb, bool fatal)
{
	char expr[512];

	if (a && b && strcmp(a, b) == 0)
		return true;
	snprintf(expr, sizeof expr, "strcmp(%s, %s) == 0", ea, eb);
	fail_expr(file, line, expr, b ? b : "(null)", a ? a : "(null)", 0, "strings differ", fatal);
	return false;
}

long ipcs_skip_if_errno_(long ret, int err, int which, const char *file, int line, const char *what)
{
	if (ret == -1 && err == which)
		ipcs_skip_at(file, line, "%s (%s)", what, ipcs_errno_name(err));
	errno = err;
	return ret;
}
