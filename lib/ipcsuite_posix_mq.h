/*
 * ipcsuite_posix_mq.h - helpers for the POSIX message queue cases
 * (cases/posix-mq/): creating and registering a queue, sending and checked
 * receiving, attributes, absolute CLOCK_REALTIME deadlines, the mqueue
 * filesystem (/dev/mqueue) and the limits under /proc/sys/fs/mqueue.
 *
 * Helpers that set up state end the test broken on failure (and skip when
 * the kernel has no POSIX message queues); helpers that check a behavior
 * record failures like the IPCS_EXPECT_* macros, at the caller's line.
 */
#ifndef IPCSUITE_POSIX_MQ_H
#define IPCSUITE_POSIX_MQ_H

#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>
#include <sys/stat.h>

#include "ipcsuite.h"

#define IPCS_MQ_NAME_MAX 96 /* room for ipcs_unique_name() */
#define IPCS_MQ_SYSCTL   "/proc/sys/fs/mqueue/"

/* Setup: a new queue under a fresh unique name (written to name, at least
 * IPCS_MQ_NAME_MAX bytes) with mq_open(name, O_CREAT | O_EXCL | oflag, mode,
 * {maxmsg, msgsize}), registered for removal. oflag holds the access mode
 * and optionally O_NONBLOCK. Skips when the kernel lacks POSIX message
 * queues (ENOSYS); broken on any other failure. */
mqd_t ipcs_mq_new_(char *name, int oflag, mode_t mode, long maxmsg, long msgsize, const char *file,
                   int line);
#define IPCS_MQ_NEW(name, oflag, maxmsg, msgsize)                                                  \
	ipcs_mq_new_(name, oflag, 0600, maxmsg, msgsize, __FILE__, __LINE__)

/* mq_open() for a case that judges the call itself: when O_CREAT is in
 * oflag and the call succeeds the name is registered for removal; ENOSYS
 * skips; otherwise the call's value is returned with errno intact. */
mqd_t ipcs_mq_try_open(const char *name, int oflag, mode_t mode, const struct mq_attr *attr);

/* Setup: open an existing queue (no O_CREAT); broken on failure. */
mqd_t ipcs_mq_open_(const char *name, int oflag, const char *file, int line);
#define IPCS_MQ_OPEN(name, oflag) ipcs_mq_open_(name, oflag, __FILE__, __LINE__)

/* Setup: mq_send(q, text, strlen(text), prio); broken on failure. */
void ipcs_mq_put_(mqd_t q, const char *text, unsigned prio, const char *file, int line);
#define IPCS_MQ_PUT(q, text, prio) ipcs_mq_put_(q, text, prio, __FILE__, __LINE__)

/* Check: mq_receive(q) with a buffer of mq_msgsize returns strlen(text)
 * bytes equal to text, with priority prio. The queue must hold a message
 * (or the call blocks until one comes). True when all of that held. */
bool ipcs_mq_expect_rcv_(mqd_t q, const char *text, unsigned prio, const char *file, int line);
#define IPCS_MQ_EXPECT_RCV(q, text, prio) ipcs_mq_expect_rcv_(q, text, prio, __FILE__, __LINE__)

/* Setup: mq_getattr(); broken on failure. */
void ipcs_mq_attr_(mqd_t q, struct mq_attr *attr, const char *file, int line);
#define IPCS_MQ_ATTR(q, attr) ipcs_mq_attr_(q, attr, __FILE__, __LINE__)
/* mq_curmsgs by mq_getattr(); broken on failure. */
long ipcs_mq_curmsgs_(mqd_t q, const char *file, int line);
#define IPCS_MQ_CURMSGS(q) ipcs_mq_curmsgs_(q, __FILE__, __LINE__)

/* The directory where this IPC namespace's mqueue filesystem is mounted
 * (/dev/mqueue, checked by statfs and by finding probe queue there); skips
 * when there is none. */
const char *ipcs_mq_dir(void);

/* The fields of a queue's file in the mqueue filesystem (mq_overview(7)). */
struct ipcs_mq_file {
	long qsize, notify, signo, notify_pid;
};
/* Read and parse <ipcs_mq_dir()>/<name without '/'>: true when every field
 * was found; false (with a failure recorded) when the line does not parse;
 * broken when the file cannot be read. */
bool ipcs_mq_file_read_(const char *name, struct ipcs_mq_file *out, const char *file, int line);
#define IPCS_MQ_FILE_READ(name, out) ipcs_mq_file_read_(name, out, __FILE__, __LINE__)

/* Move the calling process (the test, or a child) into a new IPC namespace
 * of its own whose /proc/sys/fs/mqueue limits it may change, for the limit
 * cases: unshare(CLONE_NEWIPC) where permitted (capabilities are kept, so a
 * CAP_SYS_RESOURCE held stays in effect), else unshare(CLONE_NEWUSER |
 * CLONE_NEWIPC) with the caller's ids mapped to 0, the owner of those files
 * there: a process with no capability in the initial namespace, so the
 * limits bind it. Skips when neither works or the files stay read-only.
 * The namespace starts with no queue and the default limits, and dies with
 * the process. /dev/mqueue still shows the old namespace: do not use
 * ipcs_mq_dir() afterwards. */
void ipcs_mq_enter_new_ipc_ns(void);
/* Write value to /proc/sys/fs/mqueue/<file> of that namespace; broken on
 * failure, and when called before ipcs_mq_enter_new_ipc_ns() (nothing
 * restores it: the namespace dies with the process). */
void ipcs_mq_set_limit_(const char *file, long value, const char *src, int line);
#define IPCS_MQ_SET_LIMIT(file, value) ipcs_mq_set_limit_(file, value, __FILE__, __LINE__)
/* Read /proc/sys/fs/mqueue/<file>; broken on failure. */
long ipcs_mq_limit(const char *file);

#endif
