/* refs.c - "ipcsuite list --refs": for every man page, POSIX page and kernel
 * source file the selected cases cite, the cases that check it, with their
 * level; "--refs --markdown" is the same as docs/coverage.md. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"

enum ref_kind { REF_MAN, REF_POSIX, REF_SOURCE };

struct ref {
	char *key;
	enum ref_kind kind;
	struct strlist cases; /* indexes into the manifest, as text: kept in manifest order */
	size_t by_level[3];   /* posix, linux, kernel */
};

struct refs {
	struct ref *v;
	size_t n, cap;
};

/* The pages the project's scope names (README, "What it covers"): listed even
 * when no selected case cites them, so that a gap shows. */
static const char *const scope_pages[] = {
    "sysvipc(7)",       "ftok(3)",         "msgget(2)",      "msgop(2)",        "msgctl(2)",
    "semget(2)",        "semop(2)",        "semctl(2)",      "shmget(2)",       "shmop(2)",
    "shmctl(2)",        "mq_overview(7)",  "mq_open(3)",     "mq_send(3)",      "mq_receive(3)",
    "mq_notify(3)",     "mq_getattr(3)",   "mq_close(3)",    "mq_unlink(3)",    "sem_overview(7)",
    "sem_init(3)",      "sem_open(3)",     "sem_close(3)",   "sem_unlink(3)",   "sem_wait(3)",
    "sem_post(3)",      "sem_getvalue(3)", "sem_destroy(3)", "shm_overview(7)", "shm_open(3)",
    "mmap(2)",          "msync(2)",        "mprotect(2)",    "mremap(2)",       "madvise(2)",
    "posix_madvise(3)", "mlock(2)",        "mincore(2)",     "pipe(7)",         "pipe(2)",
    "fifo(7)",          "mkfifo(3)",       "unix(7)",        "socketpair(2)",   "cmsg(3)",
    "fcntl(2)",         "lockf(3)",        "proc(5)",
};

static const char *const level_names[] = {"posix", "linux", "kernel"};

static int level_index(const char *level)
{
	for (int i = 0; i < 3; i++)
		if (!strcmp(level, level_names[i]))
			return i;
	return 1;
}

static struct ref *ref_get(struct refs *r, const char *key, size_t len, enum ref_kind kind)
{
	for (size_t i = 0; i < r->n; i++)
		if (strlen(r->v[i].key) == len && !strncmp(r->v[i].key, key, len))
			return &r->v[i];
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 64;
		r->v = xrealloc(r->v, r->cap * sizeof *r->v);
	}
	struct ref *ref = &r->v[r->n++];
	memset(ref, 0, sizeof *ref);
	ref->key = xstrndup(key, len);
	ref->kind = kind;
	return ref;
}

static void ref_add_case(struct refs *r, const char *key, size_t len, enum ref_kind kind,
                         const struct mcase *c)
{
	struct ref *ref = ref_get(r, key, len, kind);
	if (sl_has(&ref->cases, c->id))
		return; /* one case citing one page twice counts once */
	sl_add(&ref->cases, c->id);
	ref->by_level[level_index(c->level)]++;
}

static bool name_char(char ch)
{
	return isalnum((unsigned char)ch) || ch == '_' || ch == '-' || ch == '.';
}

/* "fcntl(2)": a name, then a section number (and letters: 3p) in parentheses. */
static void scan_man_pages(struct refs *r, const char *s, const struct mcase *c)
{
	for (const char *p = strchr(s, '('); p; p = strchr(p + 1, '(')) {
		const char *start = p;
		while (start > s && name_char(start[-1]))
			start--;
		const char *q = p + 1;
		if (start == p || !isdigit((unsigned char)*q))
			continue;
		while (isalnum((unsigned char)*q))
			q++;
		if (*q == ')')
			ref_add_case(r, start, (size_t)(q + 1 - start), REF_MAN, c);
	}
}

/* "POSIX.1-2017 msgsnd, msgrcv; ..." gives "POSIX.1-2017 msgsnd" and
 * "POSIX.1-2017 msgrcv"; "POSIX.1-2017 XSH 2.7.1" keeps its section number. */
static void scan_posix(struct refs *r, const char *seg, size_t seglen, const struct mcase *c)
{
	const char *end = seg + seglen;
	const char *p = seg;
	while (p < end && !isspace((unsigned char)*p))
		p++;
	size_t std_len = (size_t)(p - seg);
	for (;;) {
		while (p < end && (isspace((unsigned char)*p) || *p == ','))
			p++;
		if (p == end)
			return;
		const char *w = p;
		while (p < end && name_char(*p))
			p++;
		if (p == w)
			return;
		size_t wlen = (size_t)(p - w);
		if (wlen == 3 && (!strncmp(w, "XSH", 3) || !strncmp(w, "XBD", 3))) {
			/* "XSH 2.7.1" stays a section; "XSH semop" is semop's page. */
			const char *q = p;
			while (q < end && isspace((unsigned char)*q))
				q++;
			const char *next = q;
			while (q < end && name_char(*q))
				q++;
			if (q > next && isdigit((unsigned char)*next)) {
				wlen = (size_t)(q - w);
			} else if (q > next) {
				w = next;
				wlen = (size_t)(q - next);
			}
			p = q;
		}
		char *key = xasprintf("%.*s %.*s", (int)std_len, seg, (int)wlen, w);
		ref_add_case(r, key, strlen(key), REF_POSIX, c);
		free(key);
		/* Only a comma continues the list: "write EPIPE" names write alone. */
		while (p < end && *p == ' ')
			p++;
		if (p == end || *p != ',')
			return;
	}
}

/* "ipc/sem.c", "fs/locks.c", "Documentation/.../hugetlbpage.rst". */
static void scan_sources(struct refs *r, const char *seg, size_t seglen, const struct mcase *c)
{
	const char *end = seg + seglen;
	const char *p = seg;
	while (p < end) {
		while (p < end && !name_char(*p) && *p != '/')
			p++;
		const char *w = p;
		while (p < end && (name_char(*p) || *p == '/'))
			p++;
		size_t len = (size_t)(p - w);
		if (len > 3 && memchr(w, '/', len) && w[0] != '/' &&
		    ((len > 2 && !strncmp(p - 2, ".c", 2)) ||
		     (len > 2 && !strncmp(p - 2, ".h", 2)) ||
		     (len > 4 && !strncmp(p - 4, ".rst", 4))))
			ref_add_case(r, w, len, REF_SOURCE, c);
	}
}

static void scan_case(struct refs *r, const struct mcase *c)
{
	if (!c->ref || !strcmp(c->ref, "-"))
		return;
	scan_man_pages(r, c->ref, c);
	for (const char *seg = c->ref; *seg;) {
		size_t len = strcspn(seg, ";");
		while (len && isspace((unsigned char)*seg))
			seg++, len--;
		if (!strncmp(seg, "POSIX", 5))
			scan_posix(r, seg, len, c);
		else
			scan_sources(r, seg, len, c);
		seg += len;
		if (*seg == ';')
			seg++;
	}
}

static int ref_cmp(const void *a, const void *b)
{
	const struct ref *x = a, *y = b;
	if (x->kind != y->kind)
		return (int)x->kind - (int)y->kind;
	return strcmp(x->key, y->key);
}

static const char *kind_title(enum ref_kind k)
{
	return k == REF_MAN ? "Linux man pages" : k == REF_POSIX ? "POSIX" : "Kernel source";
}

static void levels_text(struct sbuf *b, const struct ref *ref)
{
	bool first = true;
	for (int i = 0; i < 3; i++) {
		if (!ref->by_level[i])
			continue;
		sb_printf(b, "%s%s %zu", first ? "" : ", ", level_names[i], ref->by_level[i]);
		first = false;
	}
	if (first)
		sb_puts(b, "not covered");
}

static const char *level_of(const struct manifest *m, const char *id)
{
	for (size_t i = 0; i < m->n; i++)
		if (!strcmp(m->cases[i].id, id))
			return m->cases[i].level;
	return "?";
}

static void write_text(struct sbuf *b, const struct refs *r, const struct manifest *m)
{
	for (size_t i = 0; i < r->n; i++) {
		const struct ref *ref = &r->v[i];
		if (i == 0 || r->v[i - 1].kind != ref->kind)
			sb_printf(b, "%s# %s\n", i ? "\n" : "", kind_title(ref->kind));
		sb_printf(b, "%s  %zu case%s (", ref->key, ref->cases.n,
		          ref->cases.n == 1 ? "" : "s");
		levels_text(b, ref);
		sb_puts(b, ")\n");
		for (size_t k = 0; k < ref->cases.n; k++)
			sb_printf(b, "    %-6s  %s\n", level_of(m, ref->cases.v[k]),
			          ref->cases.v[k]);
	}
}

static void write_markdown(struct sbuf *b, const struct refs *r, const struct manifest *m,
                           size_t nsel)
{
	sb_puts(b, "# Coverage: what the cases check, by the page that documents it\n\n"
	           "Generated by `ipcsuite list --refs --markdown` from the manifest; do not edit "
	           "(`ninja coverage-doc` or\n`make coverage-doc` writes it, and ctest checks that "
	           "it is current).\n\n");
	sb_printf(b,
	          "%zu cases. A case counts under every page its reference cites; its level says "
	          "who documents\nthe behavior it checks: `posix` (POSIX requires it), `linux` "
	          "(the Linux man pages), `kernel`\n(only the kernel source). Pages the project's "
	          "scope names that no case cites are listed as\n*not covered*.\n",
	          nsel);
	for (int kind = REF_MAN; kind <= REF_SOURCE; kind++) {
		sb_printf(b, "\n## %s\n\n| reference | cases | levels |\n| --- | ---: | --- |\n",
		          kind_title((enum ref_kind)kind));
		for (size_t i = 0; i < r->n; i++) {
			const struct ref *ref = &r->v[i];
			if ((int)ref->kind != kind)
				continue;
			sb_printf(b, "| %s | %zu | ", ref->key, ref->cases.n);
			if (ref->cases.n)
				levels_text(b, ref);
			else
				sb_puts(b, "*not covered*");
			sb_puts(b, " |\n");
		}
	}
	sb_puts(b, "\n## Cases by reference\n");
	for (size_t i = 0; i < r->n; i++) {
		const struct ref *ref = &r->v[i];
		if (!ref->cases.n)
			continue;
		sb_printf(b, "\n### %s\n\n", ref->key);
		for (size_t k = 0; k < ref->cases.n; k++)
			sb_printf(b, "- `%s` (%s)\n", ref->cases.v[k],
			          level_of(m, ref->cases.v[k]));
	}
}

int refs_write(FILE *f, const struct manifest *m, const bool *sel, bool markdown)
{
	struct refs r = {0};
	size_t nsel = 0;
	for (size_t i = 0; i < m->n; i++) {
		if (!sel[i])
			continue;
		nsel++;
		scan_case(&r, &m->cases[i]);
	}
	if (nsel == m->n) /* with a filter, other facilities' pages are not gaps */
		for (size_t i = 0; i < sizeof scope_pages / sizeof scope_pages[0]; i++)
			ref_get(&r, scope_pages[i], strlen(scope_pages[i]), REF_MAN);
	qsort(r.v, r.n, sizeof *r.v, ref_cmp);

	struct sbuf b = {0};
	if (markdown)
		write_markdown(&b, &r, m, nsel);
	else
		write_text(&b, &r, m);
	fputs(sb_str(&b), f);
	sb_free(&b);
	for (size_t i = 0; i < r.n; i++) {
		free(r.v[i].key);
		sl_free(&r.v[i].cases);
	}
	free(r.v);
	return fflush(f) == 0 && !ferror(f) ? 0 : -1;
}
