/*
 * ipcsuite_msg.h - helpers for the System V message queue cases
 * (cases/sysv-msg/): a message buffer, sending and checked receiving,
 * the msg* limits under /proc/sys/kernel, and /proc/sysvipc/msg.
 *
 * Helpers that set up state end the test broken on failure; helpers that
 * check a behavior record failures like the IPCS_EXPECT_* macros, naming
 * the caller's file and line.
 */
#ifndef IPCSUITE_MSG_H
#define IPCSUITE_MSG_H

#include "ipcsuite.h"

/* Room for the texts the cases send; large sizes use their own buffers. */
#define IPCS_MSG_TEXT_MAX 256

/* The caller-defined structure of msgop(2). */
struct ipcs_msgbuf {
	long mtype;
	char mtext[IPCS_MSG_TEXT_MAX];
};

/* One expected message: its type and its text (sent without a NUL). */
struct ipcs_msg_spec {
	long mtype;
	const char *text;
};

/* Setup: msgsnd(msqid, {mtype, text}, strlen(text), IPC_NOWAIT); broken on
 * failure. */
void ipcs_msg_put_(int msqid, long mtype, const char *text, const char *file, int line);
#define IPCS_MSG_PUT(msqid, mtype, text) ipcs_msg_put_(msqid, mtype, text, __FILE__, __LINE__)

/* Check: msgrcv(msqid, buf, IPCS_MSG_TEXT_MAX, msgtyp, IPC_NOWAIT | flags)
 * returns strlen(text) and yields a message of type mtype and that text.
 * Returns true when all of that held. */
bool ipcs_msg_expect_rcv_(int msqid, long msgtyp, int flags, long mtype, const char *text,
                          const char *file, int line);
#define IPCS_MSG_EXPECT_RCV(msqid, msgtyp, flags, mtype, text)                                     \
	ipcs_msg_expect_rcv_(msqid, msgtyp, flags, mtype, text, __FILE__, __LINE__)

/* Check: the queue holds exactly these n messages in this order, read by
 * msg_qnum and then by receiving each in turn (msgtyp 0, IPC_NOWAIT); the
 * queue is empty afterwards. */
void ipcs_msg_expect_queue_(int msqid, const struct ipcs_msg_spec *want, size_t n, const char *file,
                            int line);
#define IPCS_MSG_EXPECT_QUEUE(msqid, ...)                                                          \
	do {                                                                                       \
		const struct ipcs_msg_spec want_[] = {__VA_ARGS__};                                \
		ipcs_msg_expect_queue_(msqid, want_, sizeof want_ / sizeof want_[0], __FILE__,     \
		                       __LINE__);                                                  \
	} while (0)
#define IPCS_MSG_EXPECT_EMPTY(msqid) ipcs_msg_expect_queue_(msqid, NULL, 0, __FILE__, __LINE__)

/* Setup: msgctl(IPC_STAT) into *ds; broken on failure. */
void ipcs_msg_stat_(int msqid, struct msqid_ds *ds, const char *file, int line);
#define IPCS_MSG_STAT(msqid, ds) ipcs_msg_stat_(msqid, ds, __FILE__, __LINE__)

/* Setup: lower (or set) msg_qbytes through IPC_SET; broken on failure. */
void ipcs_msg_set_qbytes_(int msqid, unsigned long qbytes, const char *file, int line);
#define IPCS_MSG_SET_QBYTES(msqid, qbytes) ipcs_msg_set_qbytes_(msqid, qbytes, __FILE__, __LINE__)

/* The limits of msgop(2) NOTES and proc(5), read from /proc/sys/kernel. */
struct ipcs_msg_limits {
	long msgmax; /* largest message text, bytes */
	long msgmnb; /* default msg_qbytes of a new queue */
	long msgmni; /* most queues */
};
void ipcs_msg_limits(struct ipcs_msg_limits *lim); /* broken when unreadable */

/* msgget(key, flags) for a case that judges the call: a queue it creates
 * is registered for cleanup; returns the call's value with errno intact. */
int ipcs_msg_try_get(key_t key, int flags);

/* Setup: msgctl(0, cmd, info) for IPC_INFO or MSG_INFO; broken on failure.
 * Returns what the call returned (the highest used index). */
int ipcs_msg_info_(int cmd, struct msginfo *info, const char *file, int line);
#define IPCS_MSG_INFO(cmd, info) ipcs_msg_info_(cmd, info, __FILE__, __LINE__)

/* One line of /proc/sysvipc/msg (proc(5)), fields by their header names. */
struct ipcs_proc_msg {
	long key, msqid, perms, cbytes, qnum, lspid, lrpid, uid, gid, cuid, cgid;
	long long stime, rtime, ctime;
};
/* Find msqid in /proc/sysvipc/msg: true and *out filled when listed, false
 * when not; broken when the file cannot be read or parsed. */
bool ipcs_proc_msg_find_(int msqid, struct ipcs_proc_msg *out, const char *file, int line);
#define IPCS_PROC_MSG_FIND(msqid, out) ipcs_proc_msg_find_(msqid, out, __FILE__, __LINE__)

/* Skip the test unless this kernel implements MSG_COPY (it fails with
 * ENOSYS when built without CONFIG_CHECKPOINT_RESTORE). Call only where
 * HAVE_MSG_COPY is defined. */
void ipcs_msg_require_copy(void);

/* An address no access may touch (a PROT_NONE page of this process), for
 * EFAULT behaviors; broken when it cannot be made. */
void *ipcs_msg_bad_address(void);

#endif
