/*
 * ipcsuite_mapping.h - helpers for the mmap family of cases (cases/mmap/).
 *
 * Setup only: every function here ends the test broken when the system
 * refuses what it asks for, so a case never reports setup as its verdict.
 */
#ifndef IPCSUITE_MAPPING_H
#define IPCSUITE_MAPPING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* sysconf(_SC_PAGESIZE); broken if the system does not tell. */
size_t ipcs_page_size(void);

/* A file mapping made by ipcs_map_temp_file(). */
struct ipcs_file_map {
	char path[256]; /* the registered temp file (removed when the test ends) */
	int fd;         /* O_RDWR descriptor the mapping was made from */
	char *addr;     /* start of the mapping, page aligned */
	size_t len;     /* npages * ipcs_page_size() */
};

/* Create a registered temp file of npages zero-filled pages and map all of it
 * PROT_READ | PROT_WRITE with map_flags (MAP_SHARED or MAP_PRIVATE). */
void ipcs_map_temp_file(struct ipcs_file_map *map, size_t npages, int map_flags);

/* Fill buf with a byte pattern that depends on seed and differs from a
 * zero-filled page (so a write that never arrived is seen). */
void ipcs_fill_pattern(void *buf, size_t len, unsigned seed);

/* A page-aligned range of len bytes that nothing maps right now (mapped and
 * unmapped again): a fixed-address mapping there overlaps nothing, as long as
 * the process maps nothing else meanwhile. Broken if mmap fails. */
void *ipcs_unmapped_range(size_t len);
/* Whether any page of [addr, addr + len) is mapped, asked with mincore(2)
 * (ENOMEM for unmapped memory), so without allocating anything. Broken on
 * other errors. */
bool ipcs_range_has_mapping(const void *addr, size_t len);

/* ------------------------------------------------------------ file systems */

/* Like ipcs_temp_file(), but on a file system that writes dirty pages back
 * to storage (not tmpfs or ramfs, whose pages stay dirty for good): the
 * temp directory (TMPDIR) if it is one, else /var/tmp. Skips, naming the
 * directories tried and their file systems, when neither is. */
const char *ipcs_disk_temp_file(char *buf, size_t size);

/* mmap(NULL, len, prot, flags | MAP_ANONYMOUS, -1, 0); broken on failure. */
char *ipcs_map_anon(size_t len, int prot, int flags);

/* Keep [addr, addr + len) on base pages: madvise(MADV_NOHUGEPAGE), so a
 * case that counts resident pages or touches one page is not handed a
 * transparent huge page (THP "always", or an adjacent mapping merged into a
 * range that spans an aligned huge page). A kernel without THP refuses the
 * advice with EINVAL and maps only base pages anyway; other errors end the
 * test broken. */
void ipcs_small_pages_only(void *addr, size_t len);

/* --------------------------------------------------------- /proc/self views */

/* Shared_Dirty + Private_Dirty (kB) of the mapping that contains addr, from
 * /proc/self/smaps; -1 when smaps has no such mapping or no dirty lines. */
long ipcs_smaps_dirty_kb(const void *addr);
/* Field (e.g. "Rss", "Locked", "KernelPageSize") of that mapping in kB; -1
 * when smaps has no such mapping or field. */
long ipcs_smaps_kb(const void *addr, const char *field);
/* Whether that mapping's VmFlags line lists flag ("nr", "lo", "ht"): 1 or
 * 0; -1 when there is no such mapping or no VmFlags line. */
int ipcs_smaps_has_flag(const void *addr, const char *flag);

/* ------------------------------------------------------------- huge pages */

/* Huge pages of size_kb that a new mapping can still reserve, from
 * /sys/kernel/mm/hugepages/hugepages-<size_kb>kB (free_hugepages -
 * resv_hugepages); -1 when the system has no such size. Never changes the
 * pool. */
long ipcs_hugepages_available(long size_kb);
/* Hugepagesize from /proc/meminfo (kB); -1 when absent. */
long ipcs_default_hugepage_kb(void);

/* One line of /proc/self/maps. */
struct ipcs_maps_line {
	uintptr_t start, end;      /* [start, end) */
	char perms[5];             /* "rw-s" */
	unsigned long long offset; /* file offset of start */
	unsigned long inode;       /* 0 for anonymous memory */
	char path[512];            /* "" for anonymous memory */
};
/* The /proc/self/maps line whose range contains addr; false when none does.
 * Broken when /proc/self/maps cannot be read. */
bool ipcs_maps_find(const void *addr, struct ipcs_maps_line *line);

/* ------------------------------------------------------------------ faults */

/* "SEGV_ACCERR", "SEGV_MAPERR", "BUS_ADRERR", ... or "si_code N". */
const char *ipcs_si_code_name(int sig, int code);

/* What a caught SIGSEGV or SIGBUS said (sigaction(2) SA_SIGINFO). */
struct ipcs_fault {
	int sig;    /* 0 when the access completed */
	int code;   /* si_code */
	void *addr; /* si_addr */
};
/* Read one byte at addr (write false; the byte goes to *value) or write
 * *value there (write true), with SIGSEGV and SIGBUS caught by SA_SIGINFO
 * handlers that jump back. Returns true when the access completed; false
 * when a signal came, described in *fault. The previous handlers are
 * restored. */
bool ipcs_access(void *addr, bool write, unsigned char *value, struct ipcs_fault *fault);

/* (Cases using these include <signal.h> themselves: this header is also
 * included by the System V shm cases.) */
/* Behavior check: the access must raise sig with si_code code and si_addr
 * equal to addr; a failure names expected and got (signal, code, address,
 * or "the access completed"). */
bool ipcs_expect_fault_(void *addr, bool write, int sig, int code, const char *file, int line);
#define IPCS_EXPECT_READ_FAULT(addr, sig, code)                                                    \
	ipcs_expect_fault_(addr, false, sig, code, __FILE__, __LINE__)
#define IPCS_EXPECT_WRITE_FAULT(addr, sig, code)                                                   \
	ipcs_expect_fault_(addr, true, sig, code, __FILE__, __LINE__)
/* Behavior check: the access completes (no signal); *value as for
 * ipcs_access(). */
bool ipcs_expect_access_(void *addr, bool write, unsigned char *value, const char *file, int line);
#define IPCS_EXPECT_READABLE(addr, value)                                                          \
	ipcs_expect_access_(addr, false, value, __FILE__, __LINE__)
#define IPCS_EXPECT_WRITABLE(addr, value) ipcs_expect_access_(addr, true, value, __FILE__, __LINE__)

/* Enter a private mount namespace (unshare(CLONE_NEWNS), or with
 * CLONE_NEWUSER when unprivileged, mapping the caller's own ids) whose mounts
 * do not propagate back, and mount a small tmpfs with MS_NOEXEC (and nosuid,
 * nodev) over the temp directory there; returns that directory (TMPDIR or
 * /tmp). Nothing is left behind: the mount ends with the namespace. Call it
 * in a child (ipcs_spawn): the calling process stays in the namespace.
 * Skips, naming the refusal, where no namespace or mount is allowed. */
const char *ipcs_enter_noexec_tmpfs(void);

/* ------------------------------------------------------- executable code */

/* What ipcs_exec_probe_fn() returns. */
#define IPCS_EXEC_PROBE_VALUE 0x5a17
/* A leaf function with no data reference and no instrumentation: its bytes
 * run the same wherever they are mapped. */
int ipcs_exec_probe_fn(void);
/* A code address is not a function pointer on every ABI (ppc64 ELFv1, ia64
 * and hppa use descriptors): there a case that calls copied code skips. */
#if (defined(__powerpc64__) && (!defined(_CALL_ELF) || _CALL_ELF == 1)) || defined(__ia64__) ||    \
    defined(__hppa__)
#define IPCS_CODE_ADDRESS_IS_FUNCTION_POINTER 0
#else
#define IPCS_CODE_ADDRESS_IS_FUNCTION_POINTER 1
#endif
/* A second mapping of the file pages that hold ipcs_exec_probe_fn (found in
 * /proc/self/maps: the program's own file, with its offset), made
 * MAP_PRIVATE with prot. Returns where the function's bytes are in the new
 * mapping; *map and *len (when not NULL) get the mapping. Skips where
 * IPCS_CODE_ADDRESS_IS_FUNCTION_POINTER is 0; broken when the file cannot be
 * opened or mapped. */
void *ipcs_map_exec_probe(int prot, void **map, size_t *len);
/* Call the function at fn (bytes of ipcs_exec_probe_fn) with SIGSEGV and
 * SIGBUS caught (SA_SIGINFO). Returns true and its result in *value when it
 * returned; false when a signal came, described in *fault. */
bool ipcs_call_code(void *fn, int *value, struct ipcs_fault *fault);

#endif
