/*
 * ipcsuite_record_lock.h - helpers for the record-lock cases (cases/record-lock/):
 * fcntl(2) process-associated and open file description locks, lockf(3).
 *
 * Setup helpers end the test broken when the system refuses what they ask
 * for. The "in a child" helpers return what the call returned in the child,
 * with errno set to the child's errno, so that a case checks them with
 * IPCS_EXPECT_ERRNO / IPCS_EXPECT_OK like a call made here.
 */
#ifndef IPCSUITE_RECORD_LOCK_H
#define IPCSUITE_RECORD_LOCK_H

#include <fcntl.h>
#include <stdbool.h>
#include <sys/types.h>
#include <unistd.h>

#include "ipcsuite.h"

/* Open file description locks need Linux 3.15 and a C library that names
 * them. Where the headers lack them the names are defined to a command no
 * kernel knows, and ipcs_require_ofd_locks() skips before any is used. */
#ifndef F_OFD_SETLK
#define IPCS_NO_OFD_HEADERS 1
#define F_OFD_GETLK         (-1)
#define F_OFD_SETLK         (-1)
#define F_OFD_SETLKW        (-1)
#endif

/* A struct flock with l_pid 0 and everything else as given. */
struct flock ipcs_flock(short type, short whence, off_t start, off_t len);

/* A registered temp file (path in buf) of size bytes, opened with flags
 * (O_RDWR, O_RDONLY...); returns the descriptor. In $TMPDIR, or in /dev/shm
 * (a tmpfs) when $TMPDIR's filesystem hands its locks to a remote lock
 * manager (or says so, as gVisor's gofer does); skips when neither is local
 * (ipcs_require_local_locks). */
int ipcs_lock_file(char *buf, size_t bufsize, off_t size, int flags);
/* Skip unless the locks of the file open on fd are kept by this kernel's own
 * lock manager (fs/locks.c): the record-lock cases test that one. Network and
 * cluster filesystems (NFS, 9p as under a gVisor gofer or a VM share, SMB,
 * Ceph, AFS, GFS2, OCFS2) forward fcntl locks to a remote lock manager, whose
 * F_GETLK l_pid, /proc/locks entries and deadlock detection are its own. The
 * probe is fstatfs()'s f_type, named in the reason. */
void ipcs_require_local_locks(int fd);
/* open(path, flags); broken on failure. */
int ipcs_lock_open(const char *path, int flags);

/* Skip unless the C library and the kernel have open file description
 * locks (F_OFD_GETLK is probed on fd; EINVAL means an older kernel). */
void ipcs_require_ofd_locks(int fd);

/*
 * A child holding one lock: it opens path itself (O_RDWR), takes the lock with
 * cmd (F_SETLK or F_OFD_SETLK) and tells the parent; the parent waits for
 * that. The child then holds it until told: ipcs_lock_holder_unlock() makes it
 * release the lock with F_UNLCK (and waits until it has), ipcs_lock_holder_end()
 * makes it exit without unlocking and reaps it.
 */
struct ipcs_lock_holder {
	pid_t pid;
	int cmd_fd; /* parent -> child */
	int ack_fd; /* child -> parent */
};
void ipcs_lock_holder_start(struct ipcs_lock_holder *h, const char *path, int cmd, short type,
                            off_t start, off_t len);
void ipcs_lock_holder_unlock(struct ipcs_lock_holder *h);
void ipcs_lock_holder_end(struct ipcs_lock_holder *h);

/* fcntl(fd, cmd, fl) made by a new child on its own open (O_RDWR) of path; the
 * child's result and errno come back here, and *fl is the child's struct after
 * the call (F_GETLK fills it). Non-blocking commands only. */
int ipcs_fcntl_in_child(const char *path, int cmd, struct flock *fl);
/* The same for a F_SETLK / F_GETLK of [start, start + len) from SEEK_SET. */
int ipcs_setlk_in_child(const char *path, short type, off_t start, off_t len);
/* F_GETLK of a write lock on [start, start + len) from another process: the
 * struct it gets (broken if F_GETLK itself fails). */
struct flock ipcs_getlk_in_child(const char *path, off_t start, off_t len);

/* Check that a conflicting F_SETLK-like call failed with EAGAIN or EACCES
 * (POSIX allows either). */
bool ipcs_check_lock_conflict_(long ret, int err, const char *file, int line, const char *expr);
#define IPCS_EXPECT_LOCK_CONFLICT(expr)                                                            \
	IPCS_CALL_(expr, ipcs_check_lock_conflict_(ipcs_r_, ipcs_e_, __FILE__, __LINE__, #expr))

/* Check a struct flock field by field (expected vs got for each). */
bool ipcs_check_flock_(const struct flock *got, short type, off_t start, off_t len, pid_t pid,
                       const char *file, int line);
#define IPCS_EXPECT_FLOCK(fl, type, start, len, pid)                                               \
	ipcs_check_flock_(&(fl), type, start, len, pid, __FILE__, __LINE__)

/* One line of /proc/locks for a given file. */
struct ipcs_lock_line {
	char cls[16];  /* POSIX, OFDLCK, FLOCK */
	char mode[16]; /* ADVISORY, MANDATORY */
	char type[16]; /* READ, WRITE */
	bool waiter;   /* "->": a request blocked on the lock above it */
	long pid;
	long long start;
	long long end; /* -1 for EOF */
};
/* The lines of /proc/locks for the file open on fd, in file order; returns
 * how many (at most max). The file is matched by device and inode as
 * /proc/locks prints them: from the fd's own fdinfo "lock:" line when the
 * process holds a lock through fd, else from fstat(). Broken when
 * /proc/locks cannot be read. */
int ipcs_proc_locks(int fd, struct ipcs_lock_line *out, int max);
/* The pid of the calling process as /proc shows it (readlink /proc/self): the
 * pid /proc/locks prints when /proc belongs to another PID namespace. */
long ipcs_proc_self_pid(void);

#endif
