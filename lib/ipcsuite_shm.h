/*
 * ipcsuite_shm.h - helpers for the System V shared memory cases
 * (cases/sysv-shm). Setup helpers end the test broken on failure; the
 * "raw" helpers return -1 with errno set so that a case can judge them.
 */
#ifndef IPCSUITE_SHM_H
#define IPCSUITE_SHM_H

#include <stdint.h>
#include <sys/resource.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h" /* ipcs_page_size() */
#include "ipcsuite_sysv.h"    /* the three facilities alike */

/* ------------------------------------------------------------ shared memory */

size_t ipcs_round_to_page(size_t n);

/* shmat()/shmdt()/shmctl(IPC_STAT) for setup: broken on failure. */
void *ipcs_shmat(int shmid, const void *addr, int flags);
/* shmget() as the behavior under test: returns what shmget returned, errno
 * kept; a segment it created is registered (removed when the test ends). */
int ipcs_shmget_try(key_t key, size_t size, int flags);
void ipcs_shmdt(const void *addr);
struct shmid_ds ipcs_shm_stat(int shmid);

/* True while shmctl(IPC_STAT) finds the id; false once it fails with EINVAL
 * or EIDRM (the id is gone); broken on any other error. */
bool ipcs_shm_id_exists(int shmid);

/* A /proc/sys value as unsigned: shmmax and shmall exceed LONG_MAX, which
 * ipcs_read_proc_long() cannot hold. Broken on failure. */
unsigned long long ipcs_read_proc_ull(const char *path);

/* One line of /proc/sysvipc/shm (proc(5)). */
struct ipcs_proc_shm {
	long long key;
	int shmid;
	unsigned mode;
	unsigned long long size;
	long cpid, lpid;
	unsigned long nattch;
	unsigned long uid, gid, cuid, cgid;
	long long atime, dtime, ctime;
	unsigned long long rss, swap;
};
/* The line for shmid: true if listed. Broken if the file is unreadable. */
bool ipcs_proc_shm_find(int shmid, struct ipcs_proc_shm *out);

/* The /proc/self/maps line containing addr. */
struct ipcs_mapping {
	uintptr_t start, end;
	char perms[5]; /* "rw-s" */
	unsigned long inode;
};
bool ipcs_find_mapping(const void *addr, struct ipcs_mapping *out);

/* RLIMIT_MEMLOCK as it is now, after skipping the test unless its soft limit
 * allows at least `pages` pages (SHM_LOCK by an unprivileged owner counts
 * against it). */
struct rlimit ipcs_require_memlock_pages(size_t pages);

/* For a child that is expected to die of a signal: no core file. */
void ipcs_no_core_dump(void);

/* -------------------------------------------------------------- huge pages */

/* <linux/shm.h> has these but clashes with <sys/shm.h>; glibc's <sys/shm.h>
 * lacks SHM_HUGE_SHIFT. Values from the kernel's uapi. */
#ifndef SHM_HUGE_SHIFT
#define SHM_HUGE_SHIFT 26
#endif
#ifndef SHM_HUGETLB
#define SHM_HUGETLB 04000
#endif
#ifndef SHM_NORESERVE
#define SHM_NORESERVE 010000
#endif
/* shmget() flag asking for huge pages of 2^log2 bytes (shmget(2):
 * SHM_HUGE_2MB is 21 << SHM_HUGE_SHIFT); use with SHM_HUGETLB. */
#define IPCS_SHM_HUGE_LOG2(log2) ((int)((unsigned)(log2) << SHM_HUGE_SHIFT))

/* True if /sys/kernel/mm/hugepages has a pool of huge pages of `size` bytes
 * (mmap(2): the supported sizes are its subdirectories). */
bool ipcs_huge_size_offered(size_t size);
/* A counter file of that pool ("free_hugepages", "resv_hugepages",
 * "nr_overcommit_hugepages", ...); broken if unreadable. */
long ipcs_huge_pool_value(size_t size, const char *counter);
/* True if a new segment might get one huge page of that size now: a free,
 * unreserved page, or overcommit (surplus) pages allowed. */
bool ipcs_huge_page_obtainable(size_t size);

#endif
