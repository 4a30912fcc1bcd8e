/*
 * ipcsuite_sem.h - System V semaphore helpers for the cases in cases/sysv-sem/.
 *
 * Setup helpers (ipcs_sem_setval, ipcs_sem_getval, ...) end the test broken
 * when the call fails: use them to arrange or read state, never for the call
 * under test. The op helpers (ipcs_semop1, ipcs_semtimedop1) return what the
 * system call returned, errno intact, so that they can sit inside
 * IPCS_EXPECT_ERRNO / IPCS_EXPECT_OK.
 */
#ifndef IPCSUITE_SEM_H
#define IPCSUITE_SEM_H

#include <stdbool.h>
#include <sys/sem.h>
#include <time.h>

#include "ipcsuite.h"

/* The four fields of /proc/sys/kernel/sem, in its order (proc(5)). */
struct ipcs_sem_limits {
	long semmsl; /* max semaphores per set */
	long semmns; /* max semaphores in all sets */
	long semopm; /* max operations per semop call */
	long semmni; /* max number of sets */
};
/* Reads /proc/sys/kernel/sem; broken unless it holds four numbers. */
void ipcs_sem_limits(struct ipcs_sem_limits *out);
/* The limits as semctl(IPC_INFO) reports them (it adds SEMVMX, SEMAEM...). */
void ipcs_sem_ipc_info(struct seminfo *out);

/* SETVAL / GETVAL / SETALL / GETALL / IPC_STAT, broken on failure. */
void ipcs_sem_setval_(int semid, int semnum, int val, const char *file, int line);
int ipcs_sem_getval_(int semid, int semnum, const char *file, int line);
void ipcs_sem_setall_(int semid, const unsigned short *vals, const char *file, int line);
void ipcs_sem_getall_(int semid, unsigned short *vals, const char *file, int line);
void ipcs_sem_stat_(int semid, struct semid_ds *ds, const char *file, int line);
int ipcs_sem_getpid_(int semid, int semnum, const char *file, int line);
#define ipcs_sem_setval(id, num, val) ipcs_sem_setval_(id, num, val, __FILE__, __LINE__)
#define ipcs_sem_getval(id, num)      ipcs_sem_getval_(id, num, __FILE__, __LINE__)
#define ipcs_sem_setall(id, vals)     ipcs_sem_setall_(id, vals, __FILE__, __LINE__)
#define ipcs_sem_getall(id, vals)     ipcs_sem_getall_(id, vals, __FILE__, __LINE__)
#define ipcs_sem_stat(id, ds)         ipcs_sem_stat_(id, ds, __FILE__, __LINE__)
#define ipcs_sem_getpid(id, num)      ipcs_sem_getpid_(id, num, __FILE__, __LINE__)

/* semget() for the call under test: returns what semget returned, errno
 * intact, and registers a set it happened to create for cleanup. */
int ipcs_semget_try(key_t key, int nsems, int flags);

/* One operation: semop(semid, &{num, op, flg}, 1). Returns semop's value. */
int ipcs_semop1(int semid, unsigned short num, short op, short flg);
/* Same through semtimedop with a timeout of ms milliseconds (ms < 0: NULL).
 * Without semtimedop in the libc: -1 with errno ENOSYS. */
int ipcs_semtimedop1(int semid, unsigned short num, short op, short flg, long ms);
/* semtimedop, or -1/ENOSYS when the libc lacks it. */
int ipcs_semtimedop(int semid, struct sembuf *sops, size_t nsops, const struct timespec *timeout);

/* Until GETVAL on semnum equals val (broken after the wait deadline). */
void ipcs_wait_semval_(int semid, int semnum, int val, const char *file, int line);
#define IPCS_WAIT_SEMVAL(id, num, val) ipcs_wait_semval_(id, num, val, __FILE__, __LINE__)

/* semctl(semid, semnum, cmd) (GETVAL, GETNCNT, GETZCNT) once it equals want,
 * polling up to the wait deadline; else the last value read, for the case to
 * judge (IPCS_EXPECT_EQ). Linux settles these inside the semop that changes
 * them; an implementation may wake sleepers that then sleep again (gVisor),
 * and what is documented is the state they settle in. -1 on error. */
int ipcs_sem_settled(int semid, int semnum, int cmd, int want);

/* One line of /proc/sysvipc/sem (proc(5)). */
struct ipcs_proc_sem {
	long long key;
	int semid;
	unsigned perms;
	unsigned long nsems;
	unsigned long uid, gid, cuid, cgid;
	long long otime, ctime;
};
/* Finds the line for semid. false when the file has no such line; broken
 * when the file cannot be read or its header is not the documented one. */
bool ipcs_proc_sem_find(int semid, struct ipcs_proc_sem *out);

/* In the test process, before forking: skip the test unless a child can
 * become an identity other than the test's own (see ipcs_become_other). A
 * skip inside a child would end the child, not the test. */
void ipcs_require_other(void);
/* In a child: become an unprivileged identity that is neither the creator
 * nor the owner of objects the test process made (identity 0 when the test
 * runs privileged, identity 1 when it already is identity 0). */
void ipcs_become_other(void);

#endif
