/*
 * Without CAP_IPC_OWNER, msgsnd() needs write permission and msgrcv() read
 * permission on the queue: without it they fail with EACCES and leave the
 * queue as it was; with the mode bit they succeed.
 *
 * Ref: msgop(2) DESCRIPTION ("The calling process must have write permission
 * on the message queue in order to send a message, and read permission to
 * receive a message."), ERRORS EACCES; POSIX.1-2017 msgsnd, msgrcv [EACCES].
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "msgsnd needs write and msgrcv read permission, else EACCES",
          .ref = "msgop(2) DESCRIPTION, ERRORS; POSIX.1-2017 msgsnd, msgrcv",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "msgsnd,msgrcv,permissions,errno");

static int msqid;

static struct msqid_ds initial; /* IPC_SET needs no read permission; IPC_STAT would */

static void set_mode(int mode)
{
	struct msqid_ds ds = initial;
	ds.msg_perm.mode = (unsigned short)mode;
	IPCS_SAFE(msgctl(msqid, IPC_SET, &ds));
}

/* The queue's mode; the same bits for owner, group and other, so that the
 * child sees them whichever class it falls in. */
static int mode;

static void send_and_receive(void *arg)
{
	(void)arg;
	ipcs_become_user(0);
	struct ipcs_msgbuf msg = {.mtype = 2, .mtext = "child"};
	if (mode & 0002)
		IPCS_EXPECT_OK(msgsnd(msqid, &msg, 5, IPC_NOWAIT));
	else
		IPCS_EXPECT_ERRNO(msgsnd(msqid, &msg, 5, IPC_NOWAIT), EACCES);
	if (mode & 0004)
		IPCS_MSG_EXPECT_RCV(msqid, 1, 0, 1, "parent");
	else
		IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 0, IPC_NOWAIT), EACCES);
}

static void run_with_mode(int m)
{
	msqid = ipcs_msg_new();
	IPCS_MSG_STAT(msqid, &initial);
	IPCS_MSG_PUT(msqid, 1, "parent");
	mode = m;
	set_mode(m);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(send_and_receive, NULL), 0);
	set_mode(0600);
}

IPCS_TEST(no_permission_is_eacces_both_ways)
{
	run_with_mode(0);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "parent"});
}

IPCS_TEST(read_only_may_receive_not_send)
{
	run_with_mode(0444);
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_TEST(write_only_may_send_not_receive)
{
	run_with_mode(0222);
	IPCS_MSG_EXPECT_QUEUE(msqid, {1, "parent"}, {2, "child"});
}

IPCS_TEST(read_write_may_both)
{
	run_with_mode(0666);
	IPCS_MSG_EXPECT_QUEUE(msqid, {2, "child"});
}

IPCS_MAIN(no_permission_is_eacces_both_ways, read_only_may_receive_not_send,
          write_only_may_send_not_receive, read_write_may_both)
