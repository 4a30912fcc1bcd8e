/*
 * ipcsuite_mm_more.h - helpers for the mprotect, mremap, madvise and mlock
 * cases: a fault probe that reports the signal, si_code and si_addr of a
 * faulting access, and readers of /proc/self/maps, smaps and status.
 *
 * Setup only: functions end the test broken when the system refuses what
 * they ask for (a /proc file that cannot be read, an mmap that fails).
 */
#ifndef IPCSUITE_MM_MORE_H
#define IPCSUITE_MM_MORE_H

#include <signal.h> /* SIGSEGV, SEGV_ACCERR, ... for IPCS_EXPECT_FAULT */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* What one probed access did. */
struct ipcs_fault {
	bool faulted; /* a SIGSEGV or SIGBUS interrupted the access */
	int sig;      /* SIGSEGV or SIGBUS */
	int code;     /* siginfo si_code (SEGV_ACCERR, SEGV_MAPERR, BUS_ADRERR, ...) */
	void *addr;   /* siginfo si_addr */
};

/* Read (or write `value` to) the byte at addr with SIGSEGV and SIGBUS caught
 * (sigaction SA_SIGINFO, sigsetjmp); the previous handlers are restored.
 * Returns whether it faulted; *out says how. A read that did not fault
 * stores the byte in *got (when got is not NULL). */
bool ipcs_probe_read(const void *addr, unsigned char *got, struct ipcs_fault *out);
bool ipcs_probe_write(void *addr, unsigned char value, struct ipcs_fault *out);

/* "SEGV_ACCERR", "SEGV_MAPERR", "BUS_ADRERR", ... or "code N". */
const char *ipcs_si_code_name(int sig, int code);

/* Check that the access faulted with sig/code exactly at addr: a failure
 * (expected vs got) otherwise. Returns true when it matched. */
bool ipcs_expect_fault_(const struct ipcs_fault *f, int sig, int code, const void *addr,
                        const char *file, int line);
#define IPCS_EXPECT_FAULT(f, sig, code, addr)                                                      \
	ipcs_expect_fault_(f, sig, code, addr, __FILE__, __LINE__)
/* Check that the access did not fault. */
bool ipcs_expect_no_fault_(const struct ipcs_fault *f, const char *what, const char *file,
                           int line);
#define IPCS_EXPECT_NO_FAULT(f, what) ipcs_expect_no_fault_(f, what, __FILE__, __LINE__)

/* mmap(NULL, len, prot, flags | MAP_ANONYMOUS, -1, 0); broken on failure. */
char *ipcs_map_anon(size_t len, int prot, int flags);

/* One /proc/self/maps line (proc(5)). */
struct ipcs_maps_line {
	uintptr_t start, end;
	char perms[5]; /* "rw-p" */
	unsigned long long offset;
	unsigned long inode;
	char path[256]; /* "" for anonymous */
};
/* The line whose range contains addr; false if none does. */
bool ipcs_maps_find(const void *addr, struct ipcs_maps_line *out);

/* A field of the smaps entry that contains addr, in kB ("Rss", "Locked",
 * ...); broken if there is no such entry or field. */
long ipcs_smaps_kb(const void *addr, const char *field);
/* Whether the smaps "VmFlags:" line of that entry lists flag ("lo", "lf",
 * "dc", "wf", ...); broken if there is no such entry. */
bool ipcs_smaps_has_flag(const void *addr, const char *flag);
/* A "Name:   N kB" field of /proc/self/status in kB ("VmLck"); broken if
 * absent. */
long ipcs_status_kb(const char *field);

/* Pages of [addr, addr + len) that mincore(2) reports resident. */
size_t ipcs_resident_pages(const void *addr, size_t len);

#endif
