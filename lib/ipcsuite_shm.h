/*
 * ipcsuite_shm.h - helpers for the System V shared memory cases
 * (cases/sysv-shm) and for the cross-facility key and permission cases
 * (cases/sysv-keys). Setup helpers end the test broken on failure; the
 * "raw" helpers return -1 with errno set so that a case can judge them.
 */
#ifndef IPCSUITE_SHM_H
#define IPCSUITE_SHM_H

#include <stdint.h>

#include "ipcsuite.h"
#include "ipcsuite_mapping.h" /* ipcs_page_size() */

/* ------------------------------------------------------------ shared memory */

size_t ipcs_round_to_page(size_t n);

/* shmat()/shmdt()/shmctl(IPC_STAT) for setup: broken on failure. */
void *ipcs_shmat(int shmid, const void *addr, int flags);
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

/* For a child that is expected to die of a signal: no core file. */
void ipcs_no_core_dump(void);

/* Move the calling process (a test or child) into a new, empty IPC
 * namespace: unshare(CLONE_NEWIPC), or together with CLONE_NEWUSER when
 * unprivileged. Skips with the reason when neither is allowed. Objects
 * created afterwards die with the namespace and must NOT be registered:
 * the cleanup runs in the original namespace, where the same id may name
 * someone else's object. */
void ipcs_enter_new_ipc_ns(void);

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

/* ------------------------------------------- the three System V facilities */

enum ipcs_sysv { IPCS_SYSV_SEM, IPCS_SYSV_MSG, IPCS_SYSV_SHM };
#define IPCS_SYSV_COUNT 3

union ipcs_sysv_ds {
	struct semid_ds sem;
	struct msqid_ds msg;
	struct shmid_ds shm;
};

const char *ipcs_sysv_name(enum ipcs_sysv f); /* "sem", "msg", "shm" */

/* semget(key, 1, flags), msgget(key, flags) or shmget(key, page, flags):
 * raw (not registered). */
int ipcs_sysv_get(enum ipcs_sysv f, key_t key, int flags);
/* The same, registered for cleanup; broken on failure. */
int ipcs_sysv_new(enum ipcs_sysv f, key_t key, int flags);
void ipcs_sysv_track(enum ipcs_sysv f, int id);
void ipcs_sysv_untrack(enum ipcs_sysv f, int id);

/* Create (as ipcs_sysv_new) in a child that has become unprivileged
 * identity `which`, so that identity is creator and owner; returns the id. */
int ipcs_sysv_new_as_user(enum ipcs_sysv f, int which, key_t key, int flags);

/* IPC_STAT, IPC_SET, IPC_RMID: raw. */
int ipcs_sysv_stat(enum ipcs_sysv f, int id, union ipcs_sysv_ds *ds);
int ipcs_sysv_set(enum ipcs_sysv f, int id, union ipcs_sysv_ds *ds);
int ipcs_sysv_rmid(enum ipcs_sysv f, int id);
/* IPC_STAT for setup: broken on failure. */
union ipcs_sysv_ds ipcs_sysv_stat_safe(enum ipcs_sysv f, int id);

struct ipc_perm *ipcs_sysv_perm(enum ipcs_sysv f, union ipcs_sysv_ds *ds);
time_t ipcs_sysv_ctime(enum ipcs_sysv f, const union ipcs_sysv_ds *ds);

/* An operation needing read permission (sem: GETVAL; msg: msgrcv with
 * IPC_NOWAIT on an empty queue, where ENOMSG means permitted; shm: attach
 * with SHM_RDONLY, then detach) and one needing write permission (sem: a
 * semop adding 1, undone; msg: msgsnd of one byte with IPC_NOWAIT; shm: a
 * read-write attach, then detach). Raw: 0 when permitted, -1 with errno. */
int ipcs_sysv_read_op(enum ipcs_sysv f, int id);
int ipcs_sysv_write_op(enum ipcs_sysv f, int id);

/* Three tests, sem, msg and shm, each calling check(facility): for a rule
 * that holds the same way for all three. List them with IPCS_MAIN(sem, msg,
 * shm). */
#define IPCS_SYSV_TESTS(check)                                                                     \
	IPCS_TEST(sem)                                                                             \
	{                                                                                          \
		check(IPCS_SYSV_SEM);                                                              \
	}                                                                                          \
	IPCS_TEST(msg)                                                                             \
	{                                                                                          \
		check(IPCS_SYSV_MSG);                                                              \
	}                                                                                          \
	IPCS_TEST(shm)                                                                             \
	{                                                                                          \
		check(IPCS_SYSV_SHM);                                                              \
	}

#endif
