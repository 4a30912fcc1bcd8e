/*
 * mapping.c - helpers for the mmap family of cases; see ipcsuite_mapping.h.
 */
#include "ipcsuite_mapping.h"

#include <fcntl.h>
#include <inttypes.h>
#include <sched.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "ipcsuite.h"

size_t ipcs_page_size(void)
{
	long size = sysconf(_SC_PAGESIZE);
	if (size <= 0)
		IPCS_BROKEN_ERRNO("sysconf(_SC_PAGESIZE) returned %ld", size);
	return (size_t)size;
}

void ipcs_map_temp_file(struct ipcs_file_map *map, size_t npages, int map_flags)
{
	map->len = npages * ipcs_page_size();
	ipcs_temp_file(map->path, sizeof map->path);
	map->fd = (int)IPCS_SAFE(open(map->path, O_RDWR | O_CLOEXEC));
	IPCS_SAFE(ftruncate(map->fd, (off_t)map->len));
	map->addr = (char *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, map->len, PROT_READ | PROT_WRITE, map_flags, map->fd, 0));
}

void ipcs_fill_pattern(void *buf, size_t len, unsigned seed)
{
	unsigned char *bytes = buf;

	/* Never 0, so every byte differs from the file's initial contents. */
	for (size_t i = 0; i < len; i++)
		bytes[i] = (unsigned char)(1 + (seed + i * 7 + i / 4096) % 255);
}

void *ipcs_unmapped_range(size_t len)
{
	void *p = (void *)(intptr_t)IPCS_SAFE(
	    mmap(NULL, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0));
	IPCS_SAFE(munmap(p, len));
	return p;
}

bool ipcs_range_has_mapping(const void *addr, size_t len)
{
	size_t page = ipcs_page_size();
	uintptr_t start = (uintptr_t)addr / page * page;
	unsigned char vec[1];

	/* One page at a time: mincore fails with ENOMEM if any page of the
	 * range it is given is unmapped. */
	for (uintptr_t a = start; a < (uintptr_t)addr + len; a += page) {
		if (mincore((void *)a, page, vec) == 0)
			return true;
		if (errno != ENOMEM)
			IPCS_BROKEN_ERRNO("mincore(%p, %zu)", (void *)a, page);
	}
	return false;
}

void ipcs_small_pages_only(void *addr, size_t len)
{
#ifdef MADV_NOHUGEPAGE
	if (madvise(addr, len, MADV_NOHUGEPAGE) == -1 && errno != EINVAL)
		IPCS_BROKEN_ERRNO("madvise(%p, %zu, MADV_NOHUGEPAGE)", addr, len);
#else
	(void)addr, (void)len;
#endif
}

/* ------------------------------------------------------------ file systems */

/* statfs(2) f_type values (linux/magic.h, not installed with every libc). */
#define TMPFS_MAGIC_ 0x01021994
#define RAMFS_MAGIC_ 0x858458f6

/* Whether dir is on tmpfs or ramfs; *type gets f_type. */
static bool keeps_pages_dirty(const char *dir, long *type)
{
	struct statfs st;
	if (statfs(dir, &st) < 0) {
		*type = -1;
		return true; /* unusable: treat as no writeback */
	}
	*type = (long)st.f_type;
	return st.f_type == TMPFS_MAGIC_ || st.f_type == RAMFS_MAGIC_;
}

const char *ipcs_disk_temp_file(char *buf, size_t size)
{
	const char *env = getenv("TMPDIR");
	const char *tmp = env && *env ? env : "/tmp";
	long tmp_type, var_type;

	if (!keeps_pages_dirty(tmp, &tmp_type))
		return ipcs_temp_file(buf, size);
	if (keeps_pages_dirty("/var/tmp", &var_type) || access("/var/tmp", W_OK | X_OK) < 0)
		IPCS_SKIP("needs a disk-backed file system for a temp file: %s is f_type 0x%lx and "
		          "/var/tmp f_type 0x%lx (tmpfs 0x%x, ramfs 0x%x, -1: unusable)",
		          tmp, tmp_type, var_type, TMPFS_MAGIC_, (unsigned)RAMFS_MAGIC_);
	snprintf(buf, size, "/var/tmp/ipcsuite-%ld-XXXXXX", (long)getpid());
	int fd = mkstemp(buf);
	if (fd < 0)
		IPCS_BROKEN_ERRNO("mkstemp(%s)", buf);
	close(fd);
	ipcs_track(IPCS_OBJ_FILE, -1, buf);
	return buf;
}

/* --------------------------------------------------------- /proc/self views */

/* Calls fn(line, arg) for each field line of the smaps entry that contains
 * addr; returns whether the entry was found. */
static bool smaps_entry(const void *addr, void (*fn)(const char *, void *), void *arg)
{
	FILE *f = fopen("/proc/self/smaps", "re");
	if (!f)
		IPCS_BROKEN_ERRNO("fopen(/proc/self/smaps)");
	char line[1024];
	bool in_vma = false, found = false;
	uintptr_t start, end;

	while (fgets(line, sizeof line, f)) {
		/* A mapping's header line starts with "start-end "; field
		 * lines start with a capitalized name and a colon. */
		char *colon = strchr(line, ':'), *space = strchr(line, ' ');
		bool header = sscanf(line, "%" SCNxPTR "-%" SCNxPTR " ", &start, &end) == 2 &&
		              space && (!colon || space < colon);
		if (header) {
			if (in_vma)
				break;
			in_vma = found = (uintptr_t)addr >= start && (uintptr_t)addr < end;
			continue;
		}
		if (in_vma)
			fn(line, arg);
	}
	fclose(f);
	return found;
}

struct field_sum {
	const char *const *names;
	long total;
	int seen;
};

static void add_field(const char *line, void *arg)
{
	struct field_sum *fs = arg;
	for (const char *const *n = fs->names; *n; n++) {
		size_t len = strlen(*n);
		long kb;
		if (!strncmp(line, *n, len) && line[len] == ':' &&
		    sscanf(line + len + 1, "%ld kB", &kb) == 1) {
			fs->total += kb;
			fs->seen++;
		}
	}
}

long ipcs_smaps_kb(const void *addr, const char *field)
{
	const char *names[] = {field, NULL};
	struct field_sum fs = {names, 0, 0};
	if (!smaps_entry(addr, add_field, &fs) || fs.seen != 1)
		return -1;
	return fs.total;
}

long ipcs_smaps_dirty_kb(const void *addr)
{
	static const char *const names[] = {"Shared_Dirty", "Private_Dirty", NULL};
	struct field_sum fs = {names, 0, 0};
	if (!smaps_entry(addr, add_field, &fs) || fs.seen != 2)
		return -1;
	return fs.total;
}

struct flag_find {
	const char *flag;
	int result;
};

static void find_flag(const char *line, void *arg)
{
	struct flag_find *ff = arg;
	if (strncmp(line, "VmFlags:", 8))
		return;
	ff->result = 0;
	char copy[1024];
	snprintf(copy, sizeof copy, "%s", line + 8);
	for (char *save, *tok = strtok_r(copy, " \n", &save); tok;
	     tok = strtok_r(NULL, " \n", &save))
		if (!strcmp(tok, ff->flag))
			ff->result = 1;
}

int ipcs_smaps_has_flag(const void *addr, const char *flag)
{
	struct flag_find ff = {flag, -1};
	if (!smaps_entry(addr, find_flag, &ff))
		return -1;
	return ff.result;
}

long ipcs_hugepages_available(long size_kb)
{
	char path[128];
	long free_pages, resv;
	snprintf(path, sizeof path, "/sys/kernel/mm/hugepages/hugepages-%ldkB/free_hugepages",
	         size_kb);
	if (access(path, R_OK) < 0)
		return -1;
	free_pages = ipcs_read_proc_long(path);
	snprintf(path, sizeof path, "/sys/kernel/mm/hugepages/hugepages-%ldkB/resv_hugepages",
	         size_kb);
	resv = ipcs_read_proc_long(path);
	return free_pages > resv ? free_pages - resv : 0;
}

long ipcs_default_hugepage_kb(void)
{
	FILE *f = fopen("/proc/meminfo", "re");
	if (!f)
		IPCS_BROKEN_ERRNO("fopen(/proc/meminfo)");
	char line[256];
	long kb = -1;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "Hugepagesize: %ld kB", &kb) == 1)
			break;
	fclose(f);
	return kb;
}

bool ipcs_maps_find(const void *addr, struct ipcs_maps_line *out)
{
	FILE *f = fopen("/proc/self/maps", "re");
	if (!f)
		IPCS_BROKEN_ERRNO("fopen(/proc/self/maps)");
	char line[1024];
	bool found = false;

	while (!found && fgets(line, sizeof line, f)) {
		struct ipcs_maps_line m = {0};
		int path_at = 0;
		line[strcspn(line, "\n")] = 0;
		if (sscanf(line, "%" SCNxPTR "-%" SCNxPTR " %4s %llx %*s %lu %n", &m.start, &m.end,
		           m.perms, &m.offset, &m.inode, &path_at) < 5)
			continue;
		if ((uintptr_t)addr < m.start || (uintptr_t)addr >= m.end)
			continue;
		if (path_at > 0)
			snprintf(m.path, sizeof m.path, "%s", line + path_at);
		*out = m;
		found = true;
	}
	fclose(f);
	return found;
}

/* ------------------------------------------------------------------ faults */

static sigjmp_buf fault_env;
static struct ipcs_fault fault_seen;

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	fault_seen.sig = sig;
	fault_seen.code = si->si_code;
	fault_seen.addr = si->si_addr;
	siglongjmp(fault_env, 1);
}

const char *ipcs_si_code_name(int sig, int code)
{
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
	static char buf[32];
	snprintf(buf, sizeof buf, "si_code %d", code);
	return buf;
}

bool ipcs_access(void *addr, bool write, unsigned char *value, struct ipcs_fault *fault)
{
	struct sigaction sa = {.sa_sigaction = on_fault, .sa_flags = SA_SIGINFO}, old_segv, old_bus;
	volatile unsigned char *p = addr;
	volatile bool done = false;

	sigemptyset(&sa.sa_mask);
	IPCS_SAFE(sigaction(SIGSEGV, &sa, &old_segv));
	IPCS_SAFE(sigaction(SIGBUS, &sa, &old_bus));
	memset(&fault_seen, 0, sizeof fault_seen);
	/* savemask 1: the jump out of the handler unblocks the signal again. */
	if (sigsetjmp(fault_env, 1) == 0) {
		if (write)
			*p = *value;
		else
			*value = *p;
		done = true;
	}
	IPCS_SAFE(sigaction(SIGSEGV, &old_segv, NULL));
	IPCS_SAFE(sigaction(SIGBUS, &old_bus, NULL));
	*fault = done ? (struct ipcs_fault){0} : fault_seen;
	return done;
}

static void describe_fault(char *buf, size_t size, const struct ipcs_fault *f)
{
	if (!f->sig)
		snprintf(buf, size, "the access completed (no signal)");
	else
		snprintf(buf, size, "%s %s at %p", ipcs_signal_name(f->sig),
		         ipcs_si_code_name(f->sig, f->code), f->addr);
}

bool ipcs_expect_fault_(void *addr, bool write, int sig, int code, const char *file, int line)
{
	struct ipcs_fault f;
	unsigned char value = 0x5a;
	char expected[96], got[96];

	ipcs_access(addr, write, &value, &f);
	if (f.sig == sig && f.code == code && f.addr == addr)
		return true;
	snprintf(expected, sizeof expected, "%s %s at %p", ipcs_signal_name(sig),
	         ipcs_si_code_name(sig, code), addr);
	describe_fault(got, sizeof got, &f);
	ipcs_fail_at(file, line, expected, got, 0, "a %s of %p", write ? "write" : "read", addr);
	return false;
}

bool ipcs_expect_access_(void *addr, bool write, unsigned char *value, const char *file, int line)
{
	struct ipcs_fault f;
	char got[96];

	if (ipcs_access(addr, write, value, &f))
		return true;
	describe_fault(got, sizeof got, &f);
	ipcs_fail_at(file, line, "the access completes", got, 0, "a %s of %p",
	             write ? "write" : "read", addr);
	return false;
}

char *ipcs_map_anon(size_t len, int prot, int flags)
{
	return (char *)(intptr_t)IPCS_SAFE(mmap(NULL, len, prot, flags | MAP_ANONYMOUS, -1, 0));
}

/* ------------------------------------------------------- executable code */

__attribute__((noinline, used, no_instrument_function)) int ipcs_exec_probe_fn(void)
{
	return IPCS_EXEC_PROBE_VALUE;
}

void *ipcs_map_exec_probe(int prot, void **map, size_t *len)
{
	if (!IPCS_CODE_ADDRESS_IS_FUNCTION_POINTER)
		IPCS_SKIP("function pointers are descriptors on this ABI: cannot call copied code");
	size_t page = ipcs_page_size();
	int (*fnp)(void) = ipcs_exec_probe_fn;
	void *fn;
	memcpy(&fn, &fnp, sizeof fn); /* a code address as a data pointer */
	struct ipcs_maps_line line;
	if (!ipcs_maps_find(fn, &line) || !line.path[0] || line.path[0] != '/')
		IPCS_BROKEN("/proc/self/maps shows no file mapping holding %p", fn);
	uintptr_t fn_page = (uintptr_t)fn / page * page;
	/* Two pages where the file mapping has them: the function may cross a
	 * page boundary. */
	size_t n = line.end - fn_page >= 2 * page ? 2 * page : page;
	unsigned long long offset = line.offset + (fn_page - line.start);
	int fd = (int)IPCS_SAFE(open(line.path, O_RDONLY | O_CLOEXEC));
	void *m = mmap(NULL, n, prot, MAP_PRIVATE, fd, (off_t)offset);
	int err = errno;
	close(fd);
	if (m == MAP_FAILED) {
		errno = err;
		IPCS_BROKEN_ERRNO("mmap(%zu, prot %#x) of %s at offset %llu", n, (unsigned)prot,
		                  line.path, offset);
	}
	if (map)
		*map = m;
	if (len)
		*len = n;
	return (char *)m + ((uintptr_t)fn - fn_page);
}

bool ipcs_call_code(void *fn, int *value, struct ipcs_fault *fault)
{
	struct sigaction sa = {.sa_sigaction = on_fault, .sa_flags = SA_SIGINFO}, old_segv, old_bus;
	int (*volatile call)(void);
	volatile bool done = false;
	volatile int result = 0;

	memcpy((void *)&call, &fn, sizeof fn);
	sigemptyset(&sa.sa_mask);
	IPCS_SAFE(sigaction(SIGSEGV, &sa, &old_segv));
	IPCS_SAFE(sigaction(SIGBUS, &sa, &old_bus));
	memset(&fault_seen, 0, sizeof fault_seen);
	if (sigsetjmp(fault_env, 1) == 0) {
		result = call();
		done = true;
	}
	IPCS_SAFE(sigaction(SIGSEGV, &old_segv, NULL));
	IPCS_SAFE(sigaction(SIGBUS, &old_bus, NULL));
	*fault = done ? (struct ipcs_fault){0} : fault_seen;
	if (done)
		*value = result;
	return done;
}

/* ------------------------------------------------------- noexec mount */

const char *ipcs_enter_noexec_tmpfs(void)
{
	ipcs_enter_new_namespaces(CLONE_NEWNS, false, "for a noexec tmpfs");
	/* Never let the tmpfs propagate to the namespace we came from. */
	IPCS_SAFE(mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL));
	const char *dir = getenv("TMPDIR");
	if (!dir || !*dir)
		dir = "/tmp";
	if (mount("ipcsuite-noexec", dir, "tmpfs", MS_NOEXEC | MS_NOSUID | MS_NODEV,
	          "size=256k,mode=0700") == -1) {
		if (errno == EPERM || errno == EACCES)
			IPCS_SKIP(
			    "mounting a tmpfs on %s in a private mount namespace failed with %s",
			    dir, ipcs_errno_name(errno));
		IPCS_BROKEN_ERRNO("mount(tmpfs, %s, MS_NOEXEC)", dir);
	}
	return dir;
}
