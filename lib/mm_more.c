/*
 * mm_more.c - helpers for the mprotect, mremap, madvise and mlock cases;
 * see ipcsuite_mm_more.h.
 */
#include "ipcsuite_mm_more.h"

#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

static sigjmp_buf probe_env;
static volatile sig_atomic_t probe_sig, probe_code;
static void *volatile probe_addr;

static void probe_handler(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	probe_sig = sig;
	probe_code = si->si_code;
	probe_addr = si->si_addr;
	siglongjmp(probe_env, 1);
}

/* Run one access with the handlers installed; kind 'r' or 'w'. */
static bool probe(void *addr, int kind, unsigned char value, unsigned char *got,
                  struct ipcs_fault *out)
{
	struct sigaction sa, old_segv, old_bus;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = probe_handler;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	IPCS_SAFE(sigaction(SIGSEGV, &sa, &old_segv));
	IPCS_SAFE(sigaction(SIGBUS, &sa, &old_bus));

	memset(out, 0, sizeof *out);
	probe_sig = 0;
	if (sigsetjmp(probe_env, 1) == 0) {
		volatile unsigned char *p = addr;
		if (kind == 'w') {
			*p = value;
		} else {
			unsigned char v = *p;
			if (got)
				*got = v;
		}
	} else {
		out->faulted = true;
		out->sig = probe_sig;
		out->code = probe_code;
		out->addr = probe_addr;
	}
	IPCS_SAFE(sigaction(SIGSEGV, &old_segv, NULL));
	IPCS_SAFE(sigaction(SIGBUS, &old_bus, NULL));
	return out->faulted;
}

bool ipcs_probe_read(const void *addr, unsigned char *got, struct ipcs_fault *out)
{
	return probe((void *)(uintptr_t)addr, 'r', 0, got, out);
}

bool ipcs_probe_write(void *addr, unsigned char value, struct ipcs_fault *out)
{
	return probe(addr, 'w', value, NULL, out);
}

const char *ipcs_si_code_name(int sig, int code)
{
	static char buf[32];
	if (sig == SIGSEGV && code == SEGV_MAPERR)
		return "SEGV_MAPERR";
	if (sig == SIGSEGV && code == SEGV_ACCERR)
		return "SEGV_ACCERR";
	if (sig == SIGBUS && code == BUS_ADRALN)
		return "BUS_ADRALN";
	if (sig == SIGBUS && code == BUS_ADRERR)
		return "BUS_ADRERR";
	if (sig == SIGBUS && code == BUS_OBJERR)
		return "BUS_OBJERR";
	snprintf(buf, sizeof buf, "code %d", code);
	return buf;
}

bool ipcs_expect_fault_(const struct ipcs_fault *f, int sig, int code, const void *addr,
                        const char *file, int line)
{
	char want[96], got[96];
	snprintf(want, sizeof want, "%s %s at %p", ipcs_signal_name(sig),
	         ipcs_si_code_name(sig, code), addr);
	if (!f->faulted) {
		ipcs_fail_at(file, line, want, "no fault", 0, "the access completed");
		return false;
	}
	if (f->sig == sig && f->code == code && f->addr == addr)
		return true;
	snprintf(got, sizeof got, "%s %s at %p", ipcs_signal_name(f->sig),
	         ipcs_si_code_name(f->sig, f->code), f->addr);
	ipcs_fail_at(file, line, want, got, 0, "the access faulted differently");
	return false;
}

bool ipcs_expect_no_fault_(const struct ipcs_fault *f, const char *what, const char *file, int line)
{
	char got[96];
	if (!f->faulted)
		return true;
	snprintf(got, sizeof got, "%s %s at %p", ipcs_signal_name(f->sig),
	         ipcs_si_code_name(f->sig, f->code), f->addr);
	ipcs_fail_at(file, line, "no fault", got, 0, "%s", what);
	return false;
}

char *ipcs_map_anon(size_t len, int prot, int flags)
{
	return (char *)(intptr_t)IPCS_SAFE(mmap(NULL, len, prot, flags | MAP_ANONYMOUS, -1, 0));
}

static bool parse_maps_line(const char *line, struct ipcs_maps_line *m)
{
	unsigned long long start, end;
	char dev[32];
	int pos = 0;
	if (sscanf(line, "%llx-%llx %4s %llx %31s %lu %n", &start, &end, m->perms, &m->offset, dev,
	           &m->inode, &pos) < 6)
		return false;
	m->start = (uintptr_t)start;
	m->end = (uintptr_t)end;
	m->path[0] = '\0';
	if (pos > 0) {
		snprintf(m->path, sizeof m->path, "%s", line + pos);
		m->path[strcspn(m->path, "\n")] = '\0';
	}
	return true;
}

bool ipcs_maps_find(const void *addr, struct ipcs_maps_line *out)
{
	FILE *f = fopen("/proc/self/maps", "re");
	char line[512];
	bool found = false;
	if (!f)
		IPCS_BROKEN_ERRNO("opening /proc/self/maps");
	while (!found && fgets(line, sizeof line, f)) {
		struct ipcs_maps_line m;
		if (parse_maps_line(line, &m) && (uintptr_t)addr >= m.start &&
		    (uintptr_t)addr < m.end) {
			*out = m;
			found = true;
		}
	}
	fclose(f);
	return found;
}

/* Calls fn on each line of the smaps entry containing addr until it returns
 * true; broken if there is no entry. */
static bool smaps_scan(const void *addr, bool (*fn)(const char *line, void *arg), void *arg)
{
	FILE *f = fopen("/proc/self/smaps", "re");
	char line[1024];
	bool in = false, seen = false, done = false;
	if (!f)
		IPCS_BROKEN_ERRNO("opening /proc/self/smaps");
	while (!done && fgets(line, sizeof line, f)) {
		struct ipcs_maps_line m;
		if (parse_maps_line(line, &m)) {
			in = (uintptr_t)addr >= m.start && (uintptr_t)addr < m.end;
			seen = seen || in;
			continue;
		}
		if (in && fn(line, arg))
			done = true;
	}
	fclose(f);
	if (!seen)
		IPCS_BROKEN("no /proc/self/smaps entry contains %p", addr);
	return done;
}

struct field_arg {
	const char *name;
	long kb;
};

static bool match_field(const char *line, void *arg)
{
	struct field_arg *fa = arg;
	size_t n = strlen(fa->name);
	if (strncmp(line, fa->name, n) != 0 || line[n] != ':')
		return false;
	fa->kb = strtol(line + n + 1, NULL, 10);
	return true;
}

long ipcs_smaps_kb(const void *addr, const char *field)
{
	struct field_arg fa = {field, 0};
	if (!smaps_scan(addr, match_field, &fa))
		IPCS_BROKEN("the smaps entry of %p has no %s field", addr, field);
	return fa.kb;
}

struct flag_arg {
	const char *flag;
	bool has;
};

static bool match_flags(const char *line, void *arg)
{
	struct flag_arg *fa = arg;
	if (strncmp(line, "VmFlags:", 8) != 0)
		return false;
	char buf[1024];
	snprintf(buf, sizeof buf, "%s", line + 8);
	for (char *save, *tok = strtok_r(buf, " \n", &save); tok;
	     tok = strtok_r(NULL, " \n", &save))
		if (strcmp(tok, fa->flag) == 0)
			fa->has = true;
	return true;
}

bool ipcs_smaps_has_flag(const void *addr, const char *flag)
{
	struct flag_arg fa = {flag, false};
	if (!smaps_scan(addr, match_flags, &fa))
		IPCS_SKIP("/proc/self/smaps has no VmFlags line (kernel before 3.8)");
	return fa.has;
}

long ipcs_status_kb(const char *field)
{
	FILE *f = fopen("/proc/self/status", "re");
	char line[256];
	struct field_arg fa = {field, 0};
	bool found = false;
	if (!f)
		IPCS_BROKEN_ERRNO("opening /proc/self/status");
	while (!found && fgets(line, sizeof line, f))
		found = match_field(line, &fa);
	fclose(f);
	if (!found)
		IPCS_BROKEN("/proc/self/status has no %s field", field);
	return fa.kb;
}

size_t ipcs_resident_pages(const void *addr, size_t len)
{
	size_t page = ipcs_page_size(), n = (len + page - 1) / page, count = 0;
	unsigned char *vec = malloc(n);
	if (!vec)
		IPCS_BROKEN("malloc(%zu) failed", n);
	IPCS_SAFE(mincore((void *)(uintptr_t)addr, len, vec));
	for (size_t i = 0; i < n; i++)
		count += vec[i] & 1;
	free(vec);
	return count;
}
