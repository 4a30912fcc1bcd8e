/* report.c - verdicts and checks. Every failure, break, skip and note is a
 * record in the record file, so that the main process sees what the test
 * process and its children said, even if they crashed afterwards. */
#include <check.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

enum ipcs_role ipcs_role_ = IPCS_ROLE_MAIN;
long ipcs_r_;
int ipcs_e_;

static int records_fd = -1;  /* this case's own file, read by main */
static int external_fd = -1; /* IPCSUITE_RECORDS: ADD/DEL for the runner */
static int failures;         /* in this process */

void ipcs_records_open(void)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];

	if (!dir || !*dir)
		dir = "/tmp";
	snprintf(path, sizeof path, "%s/ipcsuite-records-XXXXXX", dir);
	records_fd = mkstemp(path);
	if (records_fd < 0) {
		fprintf(stderr, "ipcsuite: cannot create a record file in %s: %s\n", dir,
		        ipcs_errno_name(errno));
		exit(1);
	}
	unlink(path);
	/* O_APPEND makes each record one atomic write from any process. */
	fcntl(records_fd, F_SETFL, O_APPEND);
	fcntl(records_fd, F_SETFD, FD_CLOEXEC);

	const char *ext = getenv("IPCSUITE_RECORDS");
	if (ext && *ext) {
		external_fd = open(ext, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
		if (external_fd < 0)
			fprintf(stderr, "ipcsuite: cannot open IPCSUITE_RECORDS %s: %s\n", ext,
			        ipcs_errno_name(errno));
	}
}

int ipcs_records_fd(void)
{
	return records_fd;
}

void ipcs_escape_field(char *dst, size_t size, const char *src)
{
	size_t o = 0;

	if (!src || !*src)
		src = "-";
	for (; *src && o + 3 < size; src++) {
		unsigned char c = (unsigned char)*src;
		if (c == '\\' || c == '\t' || c == '\n') {
			dst[o++] = '\\';
			dst[o++] = c == '\\' ? '\\' : c == '\t' ? 't' : 'n';
		} else {
			dst[o++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
		}
	}
	dst[o] = '\0';
}

void ipcs_unescape_field(char *s)
{
	char *o = s;

	for (; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			*o++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s;
		} else {
			*o++ = *s;
		}
	}
	*o = '\0';
}

void ipcs_record(const char *type, const char *const *fields, int n)
{
	char line[8192];
	size_t len = (size_t)snprintf(line, sizeof line, "%s", type);

	for (int i = 0; i < n && len + 2 < sizeof line; i++) {
		line[len++] = '\t';
		ipcs_escape_field(line + len, sizeof line - len - 1, fields[i]);
		len += strlen(line + len);
	}
	line[len++] = '\n';
	if (records_fd >= 0 && write(records_fd, line, len) < 0)
		perror("ipcsuite: record");
	bool cleanup = strcmp(type, "ADD") == 0 || strcmp(type, "DEL") == 0;
	if (cleanup && external_fd >= 0 && write(external_fd, line, len) < 0)
		perror("ipcsuite: IPCSUITE_RECORDS");
}

/* __FILE__ is absolute in a CMake build: show it relative to the source tree. */
const char *ipcs_source_name(const char *file)
{
	size_t n = strlen(IPCSUITE_SOURCE_DIR);

	return strncmp(file, IPCSUITE_SOURCE_DIR, n) == 0 ? file + n : file;
}

static void vformat(char *buf, size_t size, const char *fmt, va_list ap)
{
	vsnprintf(buf, size, fmt, ap);
}

/* FAIL/BROKEN record fields: file line message expression expected got errno */
static void record_diag(const char *type, const char *file, int line, const char *msg,
                        const char *expr, const char *expected, const char *got, int err)
{
	char lineno[16];

	snprintf(lineno, sizeof lineno, "%d", line);
	const char *fields[] = {ipcs_source_name(file),           lineno, msg, expr, expected, got,
	                        err ? ipcs_errno_name(err) : NULL};
	ipcs_record(type, fields, 7);
}

_Noreturn void ipcs_end_process(void)
{
	if (ipcs_role_ == IPCS_ROLE_TEST) {
		ipcs_reap_children();
		/* Check records the test as failed; our records say why. */
		ck_abort_msg("ended early, see the ipcsuite records");
	}
	_exit(ipcs_role_ == IPCS_ROLE_CHILD ? 1 : 3);
}

void ipcs_fail_at(const char *file, int line, const char *expected, const char *got, int err,
                  const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vformat(msg, sizeof msg, fmt, ap);
	va_end(ap);
	failures++;
	record_diag("FAIL", file, line, msg, NULL, expected, got, err);
}

static void fail_expr(const char *file, int line, const char *expr, const char *expected,
                      const char *got, int err, const char *msg, bool fatal)
{
	failures++;
	record_diag("FAIL", file, line, msg, expr, expected, got, err);
	if (fatal)
		ipcs_end_process();
}

_Noreturn void ipcs_broken_at(const char *file, int line, int err, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vformat(msg, sizeof msg, fmt, ap);
	va_end(ap);
	record_diag("BROKEN", file, line, msg, NULL, NULL, NULL, err);
	ipcs_end_process();
}

_Noreturn void ipcs_skip_at(const char *file, int line, const char *fmt, ...)
{
	char msg[1024], lineno[16];
	va_list ap;

	va_start(ap, fmt);
	vformat(msg, sizeof msg, fmt, ap);
	va_end(ap);
	snprintf(lineno, sizeof lineno, "%d", line);
	const char *fields[] = {ipcs_source_name(file), lineno, msg};
	ipcs_record("SKIP", fields, 3);
	if (ipcs_role_ == IPCS_ROLE_MAIN) /* a requirement checked before any test */
		exit(4);
	if (ipcs_role_ == IPCS_ROLE_CHILD) {
		/* ipcs_wait() in the parent turns this status into a skip of the test. */
		ipcs_reap_children();
		_exit(IPCS_CHILD_SKIPPED);
	}
	/* The test process ends with its own mark, so that the case main can
	 * tell this skip from a crash or timeout after a child's SKIP record. */
	ipcs_reap_children();
	ck_abort_msg(IPCS_SKIP_MARK);
}

void ipcs_note(const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vformat(msg, sizeof msg, fmt, ap);
	va_end(ap);
	const char *fields[] = {msg};
	ipcs_record("NOTE", fields, 1);
}

int ipcs_failures(void)
{
	return failures;
}

long ipcs_safe_(long ret, int err, const char *file, int line, const char *expr)
{
	if (ret == -1) {
		char msg[1024];
		snprintf(msg, sizeof msg, "setup call failed: %s", expr);
		record_diag("BROKEN", file, line, msg, expr, NULL, "-1", err);
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
