/*
 * runner.h - what the pieces of the ipcsuite runner share.
 *
 * The runner reads manifest.tsv, selects cases, runs each one under a
 * supervisor (namespaces when possible), parses its TAP, decides an outcome,
 * compares with a baseline and writes TAP 13, a summary, JUnit and JSON.
 * See docs/case-protocol.md for the contract with the cases.
 */
#ifndef IPCSUITE_RUNNER_H
#define IPCSUITE_RUNNER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#ifndef IPCSUITE_VERSION
#define IPCSUITE_VERSION "0.0.0"
/* ------------------------------------------------------------ report_cmd.c */

/* "ipcsuite report ...": argv[0] is "report"; returns the exit code. */
int report_main(int argc, char **argv);

#endif

/* Exit codes of the runner (documented in usage()). */
enum {
	RX_CLEAN = 0,    /* everything passed, skipped or matched the baseline */
	RX_FAILURES = 1, /* failures, regressions or flaky cases */
	RX_USAGE = 2,    /* bad arguments, unknown filter, malformed baseline */
	RX_RUNNER = 3,   /* the runner itself failed */
};

/* ------------------------------------------------------------ util.c */

struct sbuf {
	char *s;
	size_t len, cap;
};

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void sb_add(struct sbuf *b, const void *p, size_t n);
void sb_puts(struct sbuf *b, const char *s);
void sb_putc(struct sbuf *b, char c);
void sb_printf(struct sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_free(struct sbuf *b);
const char *sb_str(const struct sbuf *b); /* never NULL */
/* Write the buffer to file and free it; warns and returns -1 on failure. */
int sb_write_file(struct sbuf *b, const char *file);

struct strlist {
	char **v;
	size_t n, cap;
};
void sl_add(struct strlist *l, const char *s); /* copies s */
void sl_add_own(struct strlist *l, char *s);   /* takes s */
void sl_free(struct strlist *l);
bool sl_has(const struct strlist *l, const char *s);

int64_t now_ms(void); /* CLOCK_MONOTONIC */
char *path_join(const char *dir, const char *name);
char *dir_of(const char *path);
bool path_exists(const char *p);
int write_all(int fd, const void *p, size_t n);
int rm_tree(const char *path); /* like rm -rf, never follows symlinks */
void die_runner(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void warnx_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void set_cloexec(int fd);
void set_nonblock(int fd);
void close_other_fds(const int *keep, size_t nkeep);

/* ------------------------------------------------------------ names.c */

const char *errno_name(int e);                           /* "EAGAIN", or "errno 123" */
const char *signal_name(int sig);                        /* "SIGSEGV", or "signal 40" */
void describe_status(int status, char *buf, size_t len); /* "exited with 1" */

/* ------------------------------------------------------------ escape.c */

/* Printable, valid UTF-8 copy: controls and bad bytes become \xNN, tab a space. */
void sanitize_into(struct sbuf *out, const char *s, size_t n);
char *sanitize(const char *s, size_t n);
/* TAP description / skip reason: sanitized, with # and \ escaped. */
void tap_escape_into(struct sbuf *out, const char *s);
/* YAML / JSON double-quoted string (with quotes). */
void yaml_quote_into(struct sbuf *out, const char *s);
void json_quote_into(struct sbuf *out, const char *s);
void json_quote_file(FILE *f, const char *s);
void xml_escape_into(struct sbuf *out, const char *s);

/* ------------------------------------------------------------ manifest.c */

struct mcase {
	char *id, *facility, *behavior_name; /* "sysv-sem/wait-zero", "sysv-sem", "wait-zero" */
	char *path;                          /* absolute (manifest dir + relative path) */
	char *relpath;                       /* as written in the manifest */
	int ntests, timeout;
	char *needs_raw, *tags_raw; /* as in the manifest ("-" when none) */
	struct strlist needs, tags;
	char *behavior, *ref;
	char *level; /* posix, linux or kernel: who documents the behavior */
	int line;
};

struct manifest {
	char *file, *dir;
	struct mcase *cases;
	size_t n;
};

/* Finds the manifest (see usage()); on failure *tried lists where it looked. */
char *manifest_locate(const char *opt, const char *exe_dir, struct sbuf *tried);
/* 0 on success; on failure err holds "file:line: problem". */
int manifest_load(const char *file, struct manifest *m, struct sbuf *err);
bool case_needs(const struct mcase *c, const char *need);

/* ------------------------------------------------------------ select.c */

/* Marks sel[i] for every case matched by a filter (all when nf == 0).
 * Returns the first filter that matched nothing, or NULL. */
const char *select_cases(const struct manifest *m, char *const *filters, int nf, bool *sel);

/* ------------------------------------------------------------ outcomes */

enum outcome {
	O_PASS,
	O_SKIP,
	O_FAIL,
	O_BROKEN,
	O_TIMEOUT,
	O_CRASH,
	O_INVALID, /* invalid TAP, or exit status inconsistent with it */
	O_LEAK,
	O__COUNT
};
const char *outcome_name(enum outcome o);
bool outcome_bad(enum outcome o); /* anything but pass and skip */

/* ------------------------------------------------------------ tap_parse.c */

#define DIAG_KEYS 12
struct diag {
	char *test; /* test name (description of the not-ok line) */
	int number;
	char *outcome; /* "fail", "broken" or NULL when the block had none */
	size_t nkv;
	char *key[DIAG_KEYS], *val[DIAG_KEYS]; /* top-level scalar keys, in order */
};
const char *diag_get(const struct diag *d, const char *key);

struct tap {
	int lineno;
	bool seen_any, seen_version, have_plan, plan_skip, plan_late;
	int version, plan_n;
	char *plan_reason;
	int results, next_number;
	int n_ok, n_notok, n_skip, n_todo, n_notok_broken;
	char *first_skip_reason;
	bool in_yaml, yaml_allowed, yaml_unterminated;
	struct diag *cur_diag; /* diag the open YAML block fills */
	struct diag *diags;
	size_t ndiags, diag_cap;
	int diags_dropped;
	char *problem; /* first protocol violation, NULL if none */
	char *bailout; /* Bail out! reason */
	int n_garbage; /* column-0 lines that are not TAP */
};
void tap_init(struct tap *t);
void tap_line(struct tap *t, const char *line, size_t len);
void tap_end(struct tap *t); /* end of stream: unterminated YAML etc. */
void tap_free(struct tap *t);

/* ------------------------------------------------------------ jobs */

struct leakrep {
	struct strlist leaks;  /* leaked objects, described */
	struct strlist notes;  /* killed strays, records cleanup, setup notes */
	struct strlist errors; /* setup/exec errors from the supervisor */
	bool have_status, timed_out, done;
	bool reaped; /* the keeper waited for every process of the case */
	int status;
	long cpu_ms; /* CPU time of the case's processes, -1 unknown */
};

/* One run of one case. */
struct job {
	const struct mcase *c;
	size_t seq;       /* 1-based TAP number */
	int run;          /* 1..repeat */
	int runs;         /* repeat count */
	bool runner_skip; /* not run: the runner skipped it (reason in message) */

	/* while running */
	pid_t sup;       /* the keeper (the init of the case's PID namespace) */
	int go_fd;       /* the keeper runs the case when a byte arrives here */
	bool primed;     /* keeper started, waiting for go */
	bool sleeper;    /* expected to sleep most of its time (timings, tags) */
	bool sleep_slot; /* runs in a slot for sleepers, not a CPU slot */
	int out_fd, err_fd, rep_fd;
	int64_t t_start, t_end, t_deadline, t_sup_exit;
	bool running, finished, sup_exited, backstop_killed;
	int sup_status;
	struct sbuf out_partial, err_partial, rep_partial;
	bool out_partial_long;
	char *records, *tmpdir;

	/* what was seen */
	struct tap tap;
	struct sbuf out;  /* sanitized case stdout lines, kept up to a cap */
	struct sbuf ybuf; /* a case YAML block, held until vetted (capture.c) */
	int ystate;
	size_t out_bytes, out_dropped;
	struct sbuf err_tail; /* last bytes of stderr (raw) */
	size_t err_bytes;
	struct leakrep rep;

	/* verdict */
	enum outcome outcome;
	char *message;   /* one line: why (skip reason, first diagnostic, ...) */
	char *exit_desc; /* "exited with 1", "killed by SIGSEGV" */
	double seconds;

	/* baseline comparison */
	int bl;            /* enum bl_status */
	char *bl_expected; /* expected outcome name or NULL */
	char *bl_reason;
	char *bl_detail; /* why not as expected: "t2: fail, not named in the baseline" */
	bool bl_differs; /* expected a failure, got another kind (a regression) */
	bool flaky;
};

/* ------------------------------------------------------------ capture.c */

void capture_line(struct job *j, const char *s, size_t n, bool cut);
void capture_end(struct job *j);

/* ------------------------------------------------------------ verdict.c */

void verdict(struct job *j, double timeout_scale);

/* ------------------------------------------------------------ isolate.c */

struct iso {
	bool on;               /* cases run in namespaces */
	bool userns;           /* with a user namespace (unprivileged runner) */
	bool pidns;            /* with a PID namespace and its own /proc */
	char desc[128];        /* "namespaces (user, ipc, mount, pid)" or "none" */
	char reason[512];      /* why none, or why no PID namespace */
	char mq_private[4096]; /* where to mount mqueue when /dev/mqueue can't be */
	uid_t uid;
	gid_t gid;
	unsigned long host_mnt_ns; /* the runner's mount namespace (inode), 0 unknown */
};
/* Tries isolation in a throwaway child; fills iso. */
void iso_probe(struct iso *iso, const char *tmpdir);
/* In a keeper cloned into the namespaces: identity map, mounts. 0 or -1 with
 * msg; *fresh when no IPC object it can see existed before. */
int iso_setup(const struct iso *iso, char *msg, size_t len, const char **mqdir, bool *fresh);

/* ------------------------------------------------------------ spawn.c */

int iso_clone_flags(const struct iso *iso); /* the CLONE_NEW* flags iso asks for */
/* fork() with flags (CLONE_NEW*): the child runs fn on a stack of its own. */
pid_t spawn_child(int flags, int (*fn)(void *), void *arg);
struct run;
/* Starts the keeper of j; it sets its namespaces up, then waits for a byte
 * on go_r before running the case. */
pid_t spawn_keeper(const struct run *r, const struct job *j, char **env, int out_w, int err_w,
                   int rep_w, int go_r);

/* ------------------------------------------------------------ keeper.c */

struct keeper_args {
	const char *path;
	char *const *envp;
	const char *cwd;
	const char *records;
	int out_w, err_w, rep_w;
	double timeout_s;
	const struct iso *iso;
	bool pid1;         /* keeper is init of a PID namespace */
	const char *mqdir; /* where mqueue is mounted, or NULL */
	bool fresh;        /* fresh namespaces: no IPC object existed before */
};
/* Runs the case and watches it; writes the report; never returns. */
void keeper_main(const struct keeper_args *a) __attribute__((noreturn));
void report_line(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ------------------------------------------------------------ leaks.c */

struct ipcobj {
	char kind[8]; /* sem msg shm pshm psem mq */
	long id, key;
	char *name;
};
struct snapshot {
	struct ipcobj *v;
	size_t n, cap;
	bool mq_ok;
};
void snap_take(struct snapshot *s, const char *mqdir);
void snap_free(struct snapshot *s);
/* Objects in after but not in before, described into leaks; removed if remove. */
void snap_diff(const struct snapshot *before, const struct snapshot *after, const char *mqdir,
               bool remove, struct strlist *leaks);
int ipcobj_remove(const struct ipcobj *o, const char *mqdir);

/* ------------------------------------------------------------ records.c */

/* Removes what the records file says is still there; notes what was done. */
void records_cleanup(const char *file, const char *mqdir, bool files_only, struct strlist *notes);

/* ------------------------------------------------------------ proc_util.c */

char *exe_dir(void);
void become_subreaper(void);
bool proc_is_ours(void); /* /proc shows our PID namespace */
/* Descendants of root (excluding root) via /proc ppid links; none if /proc is not ours. */
size_t proc_descendants(pid_t root, pid_t *out, size_t max);
/* Stops then kills every descendant of root (and root if include_root). */
int kill_tree(pid_t root, bool include_root);
void proc_comm(pid_t pid, char *buf, size_t len);
int online_cpus(void);

/* ------------------------------------------------------------ options.c */

struct opts {
	enum { CMD_RUN, CMD_LIST } cmd;
	char **filters;
	int nfilters;
	const char *manifest;
	int jobs; /* 0 = CPUs */
	double timeout_scale;
	int repeat;
	const char *tap, *junit, *json, *expect, *record;
	const char *timings; /* --timings FILE: read before, written after */
	bool list_json, list_refs, list_markdown, quiet, verbose;
	int isolation; /* -1 forbid (--no-isolation), 0 auto, 1 require */
	bool keep_tmp;
	bool init; /* --init: act as init (also when PID 1): init.c */
	/* --ktap FILE: report_ktap.c */
	const char *ktap;
};
/* Parses argv; on error prints one line and exits 2. */
void parse_options(int argc, char **argv, struct opts *o);
void usage(FILE *f);

/* ------------------------------------------------------------ init.c */

struct run;
/* True when the runner is PID 1 or has --init (before "--") in argv. */
bool init_wanted(int argc, char **argv);
/* Sets up the machine, forks; returns only in the child, which runs the suite.
 * The parent (init) waits, prints IPCSUITE-RESULT and powers off or exits. */
void init_start(void);
/* In that child: sends the run's counts to init (no-op otherwise). */
void init_report(const struct run *r);

/* ------------------------------------------------------------ baseline.c */

enum bl_status {
	BL_NONE,    /* no baseline given */
	BL_OK,      /* matched */
	BL_XFAIL,   /* expected failure */
	BL_XPASS,   /* unexpected pass: regression */
	BL_REGRESS, /* regression */
	BL_DIFFERS, /* outcome differs, not a regression (pass vs skip) */
};
struct bl_test {
	char *name;
	const char *kind; /* "fail" or "broken" */
};
struct bl_entry {
	char *pattern, *outcome, *reason;
	struct bl_test *tests; /* the tests that fail in the case; none: any */
	size_t ntests;
	char *expected;  /* as written: "fail" or "fail[t1,t3:broken]" */
	const char *src; /* the file it is written in (the baseline or an include) */
	int line;
	bool glob, used;
};
struct baseline {
	char *file;
	struct bl_entry *v;
	size_t n;
};
char *baseline_locate(const char *name, const char *exe_dir);
int baseline_load(const char *file, struct baseline *b, struct sbuf *err);
void baseline_warn_unknown(const struct baseline *b, const struct manifest *m);
void baseline_compare(const struct baseline *b, struct job *j);
int baseline_record(const char *file, struct job *jobs, size_t n, const char *libc);
const char *bl_status_name(int s);

/* ------------------------------------------------------------ run state */

/* progress.c */
struct progress {
	bool on;
	FILE *f;
	size_t done, total, bad;
	int64_t t0, t_drawn;
	const char *last;
	bool drawn;
};
void progress_draw(struct progress *p);
void progress_clear(struct progress *p);

struct run {
	struct opts *o;
	struct manifest *m;
	struct iso iso;
	struct job *jobs;
	size_t njobs;
	size_t *order;      /* indices into jobs, in the order they start */
	int jobs_limit;     /* CPU slots (-j) */
	size_t sleep_slots; /* more slots, for cases that mostly sleep */
	char *tmpdir;
	char *exe_dir;
	struct baseline *bl;
	char started[32];
	int64_t t0;
	double wall;
	struct strlist flaky;
	int exit_code;
	const char *jobs_note; /* why -j was changed */
	bool interrupted;
	char libc[64], kernel[256], machine[80];
	FILE *tap;   /* aggregate TAP, or NULL (terminal: progress instead) */
	FILE *human; /* where the summary goes */
	struct progress *prog;
	bool mq_visible; /* the leak check can see POSIX message queues */
	int tap_errno;   /* first failed write of the TAP stream, or 0 */
};

/* timings.c: the start order (long cases first) and which cases sleep */
void plan_order(struct run *r, const char *timings_file);
int timings_write(const char *file, const struct run *r);

/* supervise.c */
int run_jobs(struct run *r); /* 0, or -1 when the runner itself failed */
/* job.c */
void job_finalize_output(struct job *j);

/* report_*.c */
void tap_begin(FILE *f, size_t n);
void tap_case(FILE *f, const struct job *j);
char *stderr_tail(const struct job *j, size_t max);
void summary_write(FILE *f, const struct run *r);
int junit_write(const char *file, const struct run *r);
int json_write(const char *file, const struct run *r);
int ktap_write(const char *file, const struct run *r);
int list_write(FILE *f, const struct manifest *m, const bool *sel, bool json);
/* ------------------------------------------------------------ refs.c */
/* The references the selected cases cite, each with its cases and levels. */
int refs_write(FILE *f, const struct manifest *m, const bool *sel, bool markdown);

/* ------------------------------------------------------------ report_cmd.c */

/* "ipcsuite report ...": argv[0] is "report"; returns the exit code. */
int report_main(int argc, char **argv);

#endif
