/*
 * mm_more.c - helpers for the mprotect, mremap, madvise and mlock cases;
 * see ipcsuite_mm_more.h.
 */
#include "ipcsuite_mm_more.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h"

bool ipcs_probe_read(const void *addr, unsigned char *got, struct ipcs_fault *out)
{
	unsigned char v = 0;
	bool done = ipcs_access((void *)(uintptr_t)addr, false, &v, out);
	if (done && got)
		*got = v;
	return !done;
}

bool ipcs_probe_write(void *addr, unsigned char value, struct ipcs_fault *out)
{
	return !ipcs_access(addr, true, &value, out);
}

bool ipcs_expect_probed_fault_(const struct ipcs_fault *f, int sig, int code, const void *addr,
                               const char *file, int line)
{
	char want[96], got[96];
	snprintf(want, sizeof want, "%s %s at %p", ipcs_signal_name(sig),
	         ipcs_si_code_name(sig, code), addr);
	if (f->sig == 0) {
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
	if (f->sig == 0)
		return true;
	snprintf(got, sizeof got, "%s %s at %p", ipcs_signal_name(f->sig),
	         ipcs_si_code_name(f->sig, f->code), f->addr);
	ipcs_fail_at(file, line, "no fault", got, 0, "%s", what);
	return false;
}

long ipcs_smaps_field_kb(const void *addr, const char *field)
{
	long kb = ipcs_smaps_kb(addr, field);
	if (kb < 0)
		IPCS_BROKEN("no /proc/self/smaps field %s for the mapping of %p", field, addr);
	return kb;
}

bool ipcs_smaps_vmflag(const void *addr, const char *flag)
{
	int has = ipcs_smaps_has_flag(addr, flag);
	if (has < 0)
		IPCS_SKIP("/proc/self/smaps has no VmFlags line for %p (kernel before 3.8?)", addr);
	return has == 1;
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

/* ---------------------------------------------------------------- madvise */

void ipcs_require_madvise(int advice, const char *name, const char *since)
{
	size_t page = ipcs_page_size();
	char *probe = ipcs_map_anon(page, PROT_READ | PROT_WRITE, MAP_PRIVATE);
	if (madvise(probe, page, advice) == -1) {
		if (errno == EINVAL)
			IPCS_SKIP("%s unknown to this kernel: EINVAL on a private anonymous page "
			          "(added in %s)",
			          name, since);
		IPCS_BROKEN_ERRNO("probing %s on a private anonymous page", name);
	}
	IPCS_SAFE(munmap(probe, page));
}

/* ------------------------------------------------------------ RLIMIT_AS */

struct rlimit ipcs_limit_address_space(size_t room)
{
	struct rlimit old, rl;
	IPCS_SAFE(getrlimit(RLIMIT_AS, &old));
	rl = old;
	rl.rlim_cur = (rlim_t)ipcs_status_kb("VmSize") * 1024 + room;
	if (old.rlim_max != RLIM_INFINITY && old.rlim_max < rl.rlim_cur)
		IPCS_SKIP("the RLIMIT_AS hard limit %llu is below the address space in use",
		          (unsigned long long)old.rlim_max);
	IPCS_SAFE(setrlimit(RLIMIT_AS, &rl));
	return old;
}

/* ------------------------------------------------------------------ mlock */

/* The soft RLIMIT_MEMLOCK raised to the hard one (no privilege needed). */
static struct rlimit memlock_raised_to_hard(void)
{
	struct rlimit rl;
	IPCS_SAFE(getrlimit(RLIMIT_MEMLOCK, &rl));
	if (rl.rlim_cur != rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		IPCS_SAFE(setrlimit(RLIMIT_MEMLOCK, &rl));
	}
	return rl;
}

void ipcs_require_memlock(size_t len)
{
	if (ipcs_have_cap(IPCS_CAP_IPC_LOCK))
		return;
	struct rlimit rl = memlock_raised_to_hard();
	if (rl.rlim_cur == RLIM_INFINITY)
		return;
	unsigned long long locked = (unsigned long long)ipcs_status_kb("VmLck") * 1024;
	if (locked + len > rl.rlim_cur)
		IPCS_SKIP("RLIMIT_MEMLOCK is %llu bytes with %llu locked already: no room to lock "
		          "%zu more without CAP_IPC_LOCK",
		          (unsigned long long)rl.rlim_cur, locked, len);
}

void ipcs_require_mlockall(int flags)
{
	if (ipcs_have_cap(IPCS_CAP_IPC_LOCK))
		return;
	struct rlimit rl = memlock_raised_to_hard();
	if (rl.rlim_cur == 0)
		IPCS_SKIP("RLIMIT_MEMLOCK is 0 and no CAP_IPC_LOCK: mlockall is refused (EPERM)");
	if (!(flags & MCL_CURRENT) || rl.rlim_cur == RLIM_INFINITY)
		return;
	/* Slack for what the process maps between here and the call. */
	unsigned long long size = (unsigned long long)ipcs_status_kb("VmSize") * 1024;
	if (size + 64 * ipcs_page_size() > rl.rlim_cur)
		IPCS_SKIP("RLIMIT_MEMLOCK %llu is below this process's address space (VmSize %llu "
		          "bytes): mlockall(MCL_CURRENT) needs CAP_IPC_LOCK here",
		          (unsigned long long)rl.rlim_cur, size);
}

void ipcs_mlock_or_skip(const void *addr, size_t len)
{
	size_t page = ipcs_page_size();
	uintptr_t start = (uintptr_t)addr / page * page;
	uintptr_t end = ((uintptr_t)addr + len + page - 1) / page * page;
	ipcs_require_memlock(end - start);
	if (mlock(addr, len) == -1)
		IPCS_BROKEN_ERRNO("mlock(%p, %zu) within RLIMIT_MEMLOCK", addr, len);
}
