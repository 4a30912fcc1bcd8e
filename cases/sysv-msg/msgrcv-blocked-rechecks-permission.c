/*
 * A receiver blocked in msgrcv() is subject to IPC_SET: when the mode is
 * changed so that it may no longer read, it fails with EACCES; when its read
 * permission survives the change, it sleeps on and gets the next message.
 *
 * Ref: msgop(2) DESCRIPTION ("The calling process must have ... read
 * permission to receive a message."), ERRORS EACCES; msgctl(2) IPC_SET. The
 * pages do not say what happens to a receiver already asleep; ipc/msg.c
 * msgctl_down() wakes every sleeping receiver on IPC_SET ("Sleeping receivers
 * might be excluded by stricter permissions") and do_msgrcv() checks the
 * permission again: the kernel's behavior is tested.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_KERNEL,
          .behavior = "(kernel) a blocked msgrcv fails with EACCES once IPC_SET takes its read "
                      "permission away, and sleeps on otherwise",
          .ref = "msgop(2) DESCRIPTION, ERRORS EACCES; msgctl(2) IPC_SET; ipc/msg.c msgctl_down",
          .needs = IPCS_NEEDS_UNPRIV, .tags = "msgrcv,msgctl,permissions,blocking");

static int msqid;
static struct msqid_ds initial; /* IPC_SET needs no read permission; IPC_STAT would */

static void receive_as_user(void *arg)
{
	int want = *(int *)arg;
	ipcs_become_user(0);
	struct ipcs_msgbuf msg;
	if (want == 0)
		IPCS_EXPECT_EQ(msgrcv(msqid, &msg, sizeof msg.mtext, 0, 0), 4);
	else
		IPCS_EXPECT_ERRNO(msgrcv(msqid, &msg, sizeof msg.mtext, 0, 0), want);
}

static void set_mode(int mode)
{
	struct msqid_ds ds = initial;
	ds.msg_perm.mode = (unsigned short)mode;
	IPCS_SAFE(msgctl(msqid, IPC_SET, &ds));
}

IPCS_TEST(losing_read_permission_is_eacces)
{
	static int want = EACCES;
	msqid = ipcs_msg_new();
	IPCS_MSG_STAT(msqid, &initial);
	set_mode(0666); /* readable by identity 0, whichever class it is in */
	pid_t receiver = ipcs_spawn(receive_as_user, &want);
	IPCS_WAIT_IN_MSGRCV(receiver);
	set_mode(0222);
	IPCS_EXPECT_CHILD_EXIT(receiver, 0);
	set_mode(0600);
}

IPCS_TEST(keeping_read_permission_sleeps_on)
{
	static int want = 0;
	msqid = ipcs_msg_new();
	IPCS_MSG_STAT(msqid, &initial);
	set_mode(0666);
	pid_t receiver = ipcs_spawn(receive_as_user, &want);
	IPCS_WAIT_IN_MSGRCV(receiver);
	set_mode(0644);
	IPCS_WAIT_IN_MSGRCV(receiver);
	IPCS_MSG_PUT(msqid, 1, "data");
	IPCS_EXPECT_CHILD_EXIT(receiver, 0);
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_MAIN(losing_read_permission_is_eacces, keeping_read_permission_sleeps_on)
