/* report.c - the record file, at the bottom of lib/: every failure, break,
 * skip and note is a record, so that the main process sees what the test
 * process and its children said, even if they crashed afterwards. Nothing
 * here ends a process (process.c does) or judges a call (checks.c does). */
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
void ipcs_record_diag(const char *type, const char *file, int line, const char *msg,
                      const char *expr, const char *expected, const char *got, int err)
{
	char lineno[16];

	snprintf(lineno, sizeof lineno, "%d", line);
	const char *fields[] = {ipcs_source_name(file),           lineno, msg, expr, expected, got,
	                        err ? ipcs_errno_name(err) : NULL};
	ipcs_record(type, fields, 7);
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
	ipcs_record_diag("FAIL", file, line, msg, NULL, expected, got, err);
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

void ipcs_count_failure(void)
{
	failures++;
}
