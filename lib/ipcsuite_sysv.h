/*
 * ipcsuite_sysv.h - the three System V facilities alike: one interface to
 * create, look up, stat, set and remove a semaphore set, message queue or
 * shared memory segment, /proc/sysvipc/<facility>, and private IPC
 * namespaces. Setup helpers end the test broken on failure; the "raw" helpers
 * return -1 with errno set so that a case can judge them.
 */
#ifndef IPCSUITE_SYSV_H
#define IPCSUITE_SYSV_H

#include "ipcsuite.h"

/* Move the calling process (a test or child) into a new, empty IPC
 * namespace: unshare(CLONE_NEWIPC), or together with CLONE_NEWUSER when
 * unprivileged. Skips with the reason when neither is allowed. Objects
 * created afterwards die with the namespace and must NOT be registered:
 * the cleanup runs in the original namespace, where the same id may name
 * someone else's object. */
void ipcs_enter_new_ipc_ns(void);

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
/* Create (as ipcs_sysv_new) in a child that has become uid/gid (no
 * supplementary groups), so that they are creator and owner; returns the
 * id. */
int ipcs_sysv_new_as_ids(enum ipcs_sysv f, uid_t uid, gid_t gid, key_t key, int flags);

/* semctl(id, 0, cmd, ds), msgctl(id, cmd, ds) or shmctl(id, cmd, ds) for the
 * commands all three share the shape of (ds may be NULL): raw. */
int ipcs_sysv_ctl(enum ipcs_sysv f, int id, int cmd, union ipcs_sysv_ds *ds);
/* IPC_STAT, IPC_SET, IPC_RMID: raw. */
int ipcs_sysv_stat(enum ipcs_sysv f, int id, union ipcs_sysv_ds *ds);
int ipcs_sysv_set(enum ipcs_sysv f, int id, union ipcs_sysv_ds *ds);
int ipcs_sysv_rmid(enum ipcs_sysv f, int id);
/* Skip unless the kernel has f's *_STAT_ANY command (probed on an object of
 * our own, not by version) and the headers define it. */
void ipcs_require_stat_any(enum ipcs_sysv f);
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

/* ---------------------------------------------------- /proc/sysvipc/<facility> */

/* One line of /proc/sysvipc/<facility>, each field under its header name
 * (proc(5)); perms is read as octal, as the kernel prints it. */
#define IPCS_SYSVIPC_MAX_FIELDS 24
struct ipcs_sysvipc_row {
	int n;
	char name[IPCS_SYSVIPC_MAX_FIELDS][16];
	long long value[IPCS_SYSVIPC_MAX_FIELDS];
};
/* The line whose id column (semid, msqid, shmid) is id: true if listed, false
 * if not. Broken when the file cannot be read or its header or a line cannot
 * be parsed. */
bool ipcs_sysvipc_find_(enum ipcs_sysv f, int id, struct ipcs_sysvipc_row *out, const char *file,
                        int line);
#define IPCS_SYSVIPC_FIND(f, id, out) ipcs_sysvipc_find_(f, id, out, __FILE__, __LINE__)
/* The field called name; broken when the header has no such column. */
long long ipcs_sysvipc_field_(const struct ipcs_sysvipc_row *r, const char *name, const char *file,
                              int line);
#define IPCS_SYSVIPC_FIELD(r, name) ipcs_sysvipc_field_(r, name, __FILE__, __LINE__)

#endif
