/* internal.h - state and helpers shared by lib/ files, not by cases. */
#ifndef IPCSUITE_INTERNAL_H
#define IPCSUITE_INTERNAL_H

#include <stdio.h>

#include "ipcsuite.h"

/* Which process is running library code. */
enum ipcs_role {
	IPCS_ROLE_MAIN,  /* the case's main process: runs tests, prints TAP */
	IPCS_ROLE_TEST,  /* Check's forked process running one test */
	IPCS_ROLE_CHILD, /* a process forked by the test through ipcs_fork() */
};
extern enum ipcs_role ipcs_role_;

/* Check's message for a test process that ended by skipping. A SKIP record
 * counts only when the test ended this way (or passed): a skip recorded by a
 * child must never hide a later crash or timeout of the test. */
#define IPCS_SKIP_MARK "ipcsuite: the test skipped"

/* Exit status of a child that skipped; its parent's ipcs_wait() skips too. */
#define IPCS_CHILD_SKIPPED 77

#define IPCS_DEFAULT_TEST_TIMEOUT 10 /* seconds, per test */

/* The record file (docs/case-protocol.md): one line a record, fields
 * separated by tabs, escaped with ipcs_escape_field(). */
void ipcs_records_open(void);
int ipcs_records_fd(void);
void ipcs_record(const char *type, const char *const *fields, int n);
/* Write src into dst (size > 0) with \, tab, newline escaped; control
 * characters become '?'. Truncates; always terminates. */
void ipcs_escape_field(char *dst, size_t size, const char *src);
/* Undo ipcs_escape_field in place. */
void ipcs_unescape_field(char *s);

const char *ipcs_source_name(const char *file);

/* A FAIL or BROKEN record: file line message expression expected got errno. */
void ipcs_record_diag(const char *type, const char *file, int line, const char *msg,
                      const char *expr, const char *expected, const char *got, int err);
/* One more failure recorded by this process (ipcs_failures()). */
void ipcs_count_failure(void);

/* Test-end work in the test process: kill and reap children still running. */
void ipcs_reap_children(void);

/* Remove (or restore) one registered object; used by the main process. */
void ipcs_release_object(const char *kind, const char *id, const char *name, const char *value);

/* Requirement evaluation: NULL when met, else a static reason. */
const char *ipcs_unmet_requirement(const struct ipcs_case_info *info);
/* The needs list of the manifest line, into buf. */
void ipcs_format_needs(const struct ipcs_case_info *info, char *buf, size_t size);
const char *ipcs_cap_name(int cap);
/* "posix", "linux", "kernel"; NULL for an unset or unknown level. */
const char *ipcs_level_name(enum ipcs_level level);

/* Seconds a test may take (the case's .timeout or the default). */
int ipcs_test_timeout_s(void);
/* Deadline for waits on states that must come, in ms (scaled like Check's
 * timeouts by CK_TIMEOUT_MULTIPLIER). */
int ipcs_wait_deadline_ms(void);

/* A case run with this single argument is the image ipcs_exec_reader()
 * starts: it reads stdin until EOF and exits 0 (ipcs_reader_main). */
#define IPCS_READER_ARG "--ipcs-exec-reader"
int ipcs_reader_main(void);

/* Remember identity 0 as the case starts (case main, before any test). */
void ipcs_identity_snapshot(void);

#endif
