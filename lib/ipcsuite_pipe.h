/*
 * ipcsuite_pipe.h - helpers for the pipe and FIFO cases (cases/pipe/,
 * cases/fifo/).
 *
 * Setup only: every function here ends the test broken when the system
 * refuses what it asks for, except ipcs_pipe_check_records(), which reports
 * what it reads as the behavior (expected vs got).
 */
#ifndef IPCSUITE_PIPE_H
#define IPCSUITE_PIPE_H

#include <stddef.h>
#include <sys/types.h>

#include "ipcsuite.h"

/* pipe(); broken on failure. Both ends are closed when the test process
 * ends, like every descriptor. */
void ipcs_pipe(int fds[2]);

/* A path in the temp directory that names nothing yet, registered as
 * IPCS_OBJ_FILE (lib/objects.c removes it with unlink(2), which removes a
 * FIFO as well as a regular file), so that whatever the case creates there
 * is removed on every path. */
const char *ipcs_fifo_path(char *buf, size_t size);
/* ipcs_fifo_path() plus mkfifo(path, 0600) (broken on failure). */
const char *ipcs_temp_fifo(char *buf, size_t size);

/* Set or clear O_NONBLOCK on fd (F_GETFL/F_SETFL); broken on failure. */
void ipcs_set_nonblock(int fd, int on);
/* Write to the write end until it is full (EAGAIN), O_NONBLOCK set for the
 * duration; returns the bytes written. */
size_t ipcs_pipe_fill(int wfd);
/* ioctl(FIONREAD) on either end; broken on failure. */
int ipcs_pipe_unread(int fd);

/* Atomicity checks: nrec records of reclen bytes, each made of one byte
 * (tag), written with one write(2) each (a short write is a failure). */
void ipcs_pipe_write_records(int wfd, char tag, size_t reclen, int nrec);
/* Read rfd until end of file and check that the stream is whole records of
 * reclen bytes, each of one byte, nrec records for each of the ntags tags
 * 'a', 'b', ... A record mixing two tags is a failure, reported once with
 * its offset. */
void ipcs_pipe_check_records(int rfd, size_t reclen, int ntags, int nrec);

/* The behavior of the SIGPIPE default-action cases: with SIGPIPE at its
 * default action and unblocked (set here), write one byte to wfd, a write
 * end without readers. The write must not return: SIGPIPE ends the calling
 * process (a child). If it returns, that is the behavior failing: a failure
 * naming what write returned (the count, or -1 and the errno), never broken. */
void ipcs_pipe_write_expecting_sigpipe(int wfd);

/* The per-user pipe limits (pipe(7) pipe-user-pages-soft and -hard) count
 * the pages of every pipe a uid holds, in all its processes. For a count
 * that starts at zero, a child switches to a uid of its own: one no account
 * uses, derived from the case id and the clock so that concurrent cases
 * (even in separate PID namespaces) do not share it. RLIMIT_NOFILE is raised
 * to at least nfiles first. Every capability is gone afterwards. Skips
 * without CAP_SETUID/CAP_SETGID (an unprivileged caller shares its uid with
 * its other processes, so its count is unknown) or when the hard
 * RLIMIT_NOFILE is below nfiles. */
void ipcs_pipe_become_fresh_user(long nfiles);

/* Create pipes one after another, closing each read end and keeping the
 * write end in wends[] (the pipe stays allocated and counted), until one is
 * created with less capacity than the first one (the user went past the
 * soft limit) or max pipes exist. Returns how many were created: the last is
 * the first small one, unless none was. Broken when pipe() fails. */
int ipcs_pipe_until_small(int *wends, int max);

/* /proc/sys/fs/<name> (pipe-user-pages-soft, ...) as a number, or -1 when
 * that file does not exist here (a kernel or sandbox without the limit).
 * Broken when it holds no number. */
long ipcs_pipe_limit(const char *name);

/* pipe-user-pages-soft, when one user can reach it here and go on past it:
 * skips when the limit does not exist, is 0 (none), is too large to reach in a
 * test, or pipe-user-pages-hard would refuse pipes just above it. */
long ipcs_pipe_require_reachable_soft_limit(void);

/* F_GETPIPE_SZ; broken on failure. */
int ipcs_pipe_size(int fd);

/* In a child: make dir read-only for the calling process only. It gets a
 * mount namespace of its own (unshare(CLONE_NEWNS) with CAP_SYS_ADMIN, else
 * CLONE_NEWUSER|CLONE_NEWNS; skips when neither is allowed here), with
 * propagation to the rest of the system cut (MS_PRIVATE), and dir becomes a
 * read-only bind mount of itself there; the rest of the system keeps dir
 * writable. Broken if dir does not end up read-only. */
void ipcs_readonly_dir_here(const char *dir);

#endif
