/* sysv_msg.c - helpers for the System V message queue cases; see
 * ipcsuite_msg.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ipcsuite_msg.h"
#include "ipcsuite_sysv.h"

void ipcs_msg_put_(int msqid, long mtype, const char *text, const char *file, int line)
{
	struct ipcs_msgbuf msg = {.mtype = mtype};
	size_t len = strlen(text);

	if (len > sizeof msg.mtext)
		ipcs_broken_at(file, line, 0, "message text of %zu bytes is too long", len);
	memcpy(msg.mtext, text, len);
	if (msgsnd(msqid, &msg, len, IPC_NOWAIT) == -1)
		ipcs_broken_at(file, line, errno, "msgsnd(%d, type %ld, \"%s\", IPC_NOWAIT)", msqid,
		               mtype, text);
}

bool ipcs_msg_expect_rcv_(int msqid, long msgtyp, int flags, long mtype, const char *text,
                          const char *file, int line)
{
	struct ipcs_msgbuf msg;
	char expr[96];
	size_t len = strlen(text);

	/* A pattern, so that bytes the kernel did not write are noticed. */
	memset(&msg, 0x5a, sizeof msg);
	snprintf(expr, sizeof expr, "msgrcv(msqid, &msg, %d, %ld, IPC_NOWAIT | 0%o)",
	         IPCS_MSG_TEXT_MAX, msgtyp, (unsigned)flags);
	errno = 0;
	ssize_t got = msgrcv(msqid, &msg, sizeof msg.mtext, msgtyp, IPC_NOWAIT | flags);
	int err = errno;
	if (!ipcs_check_ok_(got, err, file, line, expr, false))
		return false;
	bool ok = ipcs_check_cmp_(got, (long long)len, "==", file, line, "received length",
	                          "strlen(expected text)", false);
	ok &= ipcs_check_cmp_(msg.mtype, mtype, "==", file, line, "received mtype",
	                      "expected mtype", false);
	if ((size_t)got <= sizeof msg.mtext) {
		char received[IPCS_MSG_TEXT_MAX + 1];
		memcpy(received, msg.mtext, (size_t)got);
		received[got] = '\0';
		ok &= ipcs_check_str_(received, text, file, line, "received text", "expected text",
		                      false);
	}
	return ok;
}

void ipcs_msg_expect_queue_(int msqid, const struct ipcs_msg_spec *want, size_t n, const char *file,
                            int line)
{
	struct msqid_ds ds;

	ipcs_msg_stat_(msqid, &ds, file, line);
	ipcs_check_cmp_(ds.msg_qnum, n, "==", file, line, "msg_qnum", "messages expected", false);
	for (size_t i = 0; i < n; i++)
		if (!ipcs_msg_expect_rcv_(msqid, 0, 0, want[i].mtype, want[i].text, file, line))
			return; /* the rest would only repeat the one difference */
	struct ipcs_msgbuf msg;
	errno = 0;
	long got = msgrcv(msqid, &msg, sizeof msg.mtext, 0, IPC_NOWAIT);
	ipcs_check_errno_(got, errno, ENOMSG, file, line,
	                  "msgrcv(msqid, &msg, size, 0, IPC_NOWAIT) after the expected messages",
	                  false);
}

void ipcs_msg_stat_(int msqid, struct msqid_ds *ds, const char *file, int line)
{
	if (msgctl(msqid, IPC_STAT, ds) == -1)
		ipcs_broken_at(file, line, errno, "msgctl(%d, IPC_STAT)", msqid);
}

void ipcs_msg_set_qbytes_(int msqid, unsigned long qbytes, const char *file, int line)
{
	struct msqid_ds ds;

	ipcs_msg_stat_(msqid, &ds, file, line);
	ds.msg_qbytes = qbytes;
	if (msgctl(msqid, IPC_SET, &ds) == -1)
		ipcs_broken_at(file, line, errno, "msgctl(%d, IPC_SET, msg_qbytes %lu)", msqid,
		               qbytes);
}

void ipcs_msg_require_copy(void)
{
#ifdef HAVE_MSG_COPY
	int msqid = ipcs_msg_new();
	struct ipcs_msgbuf msg;

	/* An empty queue: ENOMSG where MSG_COPY works. */
	errno = 0;
	if (msgrcv(msqid, &msg, sizeof msg.mtext, 0, MSG_COPY | IPC_NOWAIT) == -1 &&
	    errno == ENOSYS)
		IPCS_SKIP("MSG_COPY: kernel built without CONFIG_CHECKPOINT_RESTORE (ENOSYS)");
	ipcs_msg_rm(msqid);
#else
	IPCS_SKIP("built without MSG_COPY (the libc or its headers lack it)");
#endif
}

void *ipcs_msg_bad_address(void)
{
	static void *page;

	if (!page) {
		page = mmap(NULL, (size_t)sysconf(_SC_PAGESIZE), PROT_NONE,
		            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (page == MAP_FAILED) {
			page = NULL;
			IPCS_BROKEN_ERRNO("mmap of a PROT_NONE page");
		}
	}
	return page;
}

void ipcs_msg_limits(struct ipcs_msg_limits *lim)
{
	lim->msgmax = ipcs_read_proc_long("/proc/sys/kernel/msgmax");
	lim->msgmnb = ipcs_read_proc_long("/proc/sys/kernel/msgmnb");
	lim->msgmni = ipcs_read_proc_long("/proc/sys/kernel/msgmni");
}

int ipcs_msg_try_get(key_t key, int flags)
{
	int msqid = msgget(key, flags);
	if (msqid >= 0) {
		int err = errno;
		ipcs_track(IPCS_OBJ_MSG, msqid, NULL);
		errno = err;
	}
	return msqid;
}

int ipcs_msg_info_(int cmd, struct msginfo *info, const char *file, int line)
{
	memset(info, 0, sizeof *info);
	int ret = msgctl(0, cmd, (struct msqid_ds *)info);
	if (ret == -1)
		ipcs_broken_at(file, line, errno, "msgctl(0, %s)",
		               cmd == MSG_INFO ? "MSG_INFO" : "IPC_INFO");
	return ret;
}

/* ------------------------------------------------------ /proc/sysvipc/msg */

bool ipcs_proc_msg_find_(int msqid, struct ipcs_proc_msg *out, const char *file, int line)
{
	struct ipcs_sysvipc_row r;
	if (!ipcs_sysvipc_find_(IPCS_SYSV_MSG, msqid, &r, file, line))
		return false;
#define F(name) ipcs_sysvipc_field_(&r, name, file, line)
	*out = (struct ipcs_proc_msg){.key = (long)F("key"),
	                              .msqid = (long)F("msqid"),
	                              .perms = (long)F("perms"),
	                              .cbytes = (long)F("cbytes"),
	                              .qnum = (long)F("qnum"),
	                              .lspid = (long)F("lspid"),
	                              .lrpid = (long)F("lrpid"),
	                              .uid = (long)F("uid"),
	                              .gid = (long)F("gid"),
	                              .cuid = (long)F("cuid"),
	                              .cgid = (long)F("cgid"),
	                              .stime = F("stime"),
	                              .rtime = F("rtime"),
	                              .ctime = F("ctime")};
#undef F
	return true;
}
