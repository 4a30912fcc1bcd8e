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
#include <sys/resource.h> /* struct rlimit */
#include <sys/types.h>

#include "ipcsuite_mapping.h"

/* Read (or write `value` to) the byte at addr with SIGSEGV and SIGBUS caught
 * (sigaction SA_SIGINFO, sigsetjmp); the previous handlers are restored.
 * Returns whether it faulted; *out says how. A read that did not fault
 * stores the byte in *got (when got is not NULL). */
bool ipcs_probe_read(const void *addr, unsigned char *got, struct ipcs_fault *out);
bool ipcs_probe_write(void *addr, unsigned char value, struct ipcs_fault *out);

/* Check that the access faulted with sig/code exactly at addr: a failure
 * (expected vs got) otherwise. Returns true when it matched. */
bool ipcs_expect_probed_fault_(const struct ipcs_fault *f, int sig, int code, const void *addr,
                               const char *file, int line);
#define IPCS_EXPECT_FAULT(f, sig, code, addr)                                                      \
	ipcs_expect_probed_fault_(f, sig, code, addr, __FILE__, __LINE__)
/* Check that the access did not fault. */
bool ipcs_expect_no_fault_(const struct ipcs_fault *f, const char *what, const char *file,
                           int line);
#define IPCS_EXPECT_NO_FAULT(f, what) ipcs_expect_no_fault_(f, what, __FILE__, __LINE__)

/* (struct ipcs_maps_line, ipcs_maps_find, struct ipcs_fault and the raw
 * smaps readers are in ipcsuite_mapping.h.) A field of the smaps entry that
 * contains addr, in kB ("Rss", "Locked"); broken if absent. */
long ipcs_smaps_field_kb(const void *addr, const char *field);
/* Whether that entry's VmFlags line lists flag ("lo", "lf", "dc", "wf");
 * skips where smaps has no VmFlags line. */
bool ipcs_smaps_vmflag(const void *addr, const char *flag);
/* A "Name:   N kB" field of /proc/self/status in kB ("VmLck"); broken if
 * absent. */
long ipcs_status_kb(const char *field);

/* Pages of [addr, addr + len) that mincore(2) reports resident. */
size_t ipcs_resident_pages(const void *addr, size_t len);

/* ---------------------------------------------------------------- madvise */

/* Skip unless the kernel knows this advice: probed once with madvise(2) on a
 * fresh private anonymous read-write page of its own, a call that is valid in
 * every other respect, so EINVAL there can only mean an unknown advice (the
 * skip says "name unknown to this kernel (added in since)"). Other errors end
 * the test broken. The behavior's own madvise calls are then checked with
 * EXPECT forms: their EINVAL is a failure. */
void ipcs_require_madvise(int advice, const char *name, const char *since);

/* ------------------------------------------------------------ RLIMIT_AS */

/* Set the soft RLIMIT_AS to the address space in use now (VmSize) plus room
 * bytes and return the limit it replaced (restore it with setrlimit). Skips
 * when the hard limit is below that. */
struct rlimit ipcs_limit_address_space(size_t room);

/* ------------------------------------------------------------------ mlock */

/* Skip unless this process can lock len more bytes: it has CAP_IPC_LOCK, or
 * its RLIMIT_MEMLOCK (the soft limit is first raised to the hard one, which
 * needs no privilege) exceeds VmLck by at least len. The skip names the
 * limit and VmLck. Use before an mlock that IS the behavior, so that a
 * refusal within the limit is a failure, not a skip. */
void ipcs_require_memlock(size_t len);
/* mlock(addr, len) as setup: ipcs_require_memlock(len) first, then any
 * failure of mlock ends the test broken (with the errno name): a refusal is
 * never taken for a low limit without checking the limit. */
void ipcs_mlock_or_skip(const void *addr, size_t len);
/* Skip unless mlockall(flags) fits the limit: CAP_IPC_LOCK, or an
 * RLIMIT_MEMLOCK (soft raised to hard) that is not 0 (EPERM) and, with
 * MCL_CURRENT, not below VmSize (ENOMEM: mm/mlock.c mlockall() compares the
 * whole address space). After it, a refusal of mlockall is a failure. */
void ipcs_require_mlockall(int flags);

#endif
