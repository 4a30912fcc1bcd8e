/*
 * A msgrcv() blocked waiting for type T is not satisfied by a message of
 * another type (which stays queued), and returns with the first message of
 * type T once one is sent.
 *
 * Ref: msgop(2) DESCRIPTION msgrcv() ("If no message of the requested type is
 * available and IPC_NOWAIT isn't specified in msgflg, the calling process is
 * blocked until one of the following conditions occurs: A message of the
 * desired type is placed in the queue."); the same holds for the other
 * msgtyp forms (MSG_EXCEPT, Linux-specific; negative msgtyp): msgop(2)
 * MSG_EXCEPT; POSIX.1-2017 msgrcv.
 */
#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a blocked msgrcv wakes for a message of its type only",
          .ref = "msgop(2) DESCRIPTION msgrcv(); POSIX.1-2017 msgrcv",
          .tags = "msgrcv,blocking,msgtyp");

static int msqid;

static void receive_type_five(void *arg)
{
	(void)arg;
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_EQ(msgrcv(msqid, &msg, sizeof msg.mtext, 5, 0), 4);
	IPCS_EXPECT_EQ(msg.mtype, 5);
	IPCS_EXPECT_MEMEQ(msg.mtext, "five", 4);
}

IPCS_TEST(other_type_does_not_wake_matching_does)
{
	msqid = ipcs_msg_new();
	pid_t receiver = ipcs_spawn(receive_type_five, NULL);
	IPCS_EXPECT_BLOCKED_IN(receiver, "msgrcv");

	IPCS_MSG_PUT(msqid, 3, "three");
	/* A send hands a message to a matching sleeper at once (ipc/msg.c
	 * pipelined_send); the type-3 message staying queued and the
	 * receiver still asleep show it did not match. */
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qnum, 1);
	IPCS_EXPECT_BLOCKED_IN(receiver, "msgrcv");

	IPCS_MSG_PUT(msqid, 5, "five");
	IPCS_EXPECT_CHILD_EXIT(receiver, 0);
	IPCS_MSG_EXPECT_QUEUE(msqid, {3, "three"});
}

/* The same rule for the other msgtyp forms: what wakes a sleeper is what
 * msgrcv() would have taken from the queue. */
struct wait_spec {
	long msgtyp;
	int flags;
	long want_type;
};

static void receive_by_spec(void *arg)
{
	const struct wait_spec *spec = arg;
	struct ipcs_msgbuf msg;
	IPCS_EXPECT_EQ(msgrcv(msqid, &msg, sizeof msg.mtext, spec->msgtyp, spec->flags), 1);
	IPCS_EXPECT_EQ(msg.mtype, spec->want_type);
}

static void expect_wakes_only_for(struct wait_spec *spec, long skipped_type)
{
	msqid = ipcs_msg_new();
	pid_t receiver = ipcs_spawn(receive_by_spec, spec);
	IPCS_EXPECT_BLOCKED_IN(receiver, "msgrcv");
	IPCS_MSG_PUT(msqid, skipped_type, "s");
	struct msqid_ds ds;
	IPCS_MSG_STAT(msqid, &ds);
	IPCS_EXPECT_EQ(ds.msg_qnum, 1);
	IPCS_EXPECT_BLOCKED_IN(receiver, "msgrcv");
	IPCS_MSG_PUT(msqid, spec->want_type, "w");
	IPCS_EXPECT_CHILD_EXIT(receiver, 0);
	IPCS_MSG_EXPECT_QUEUE(msqid, {skipped_type, "s"});
}

IPCS_TEST(except_sleeper_wakes_for_other_type_only)
{
	static struct wait_spec spec = {.msgtyp = 4, .flags = MSG_EXCEPT, .want_type = 6};
	expect_wakes_only_for(&spec, 4);
}

IPCS_TEST(negative_sleeper_wakes_for_type_within_bound_only)
{
	static struct wait_spec spec = {.msgtyp = -4, .flags = 0, .want_type = 4};
	expect_wakes_only_for(&spec, 5);
}

IPCS_MAIN(other_type_does_not_wake_matching_does, except_sleeper_wakes_for_other_type_only,
          negative_sleeper_wakes_for_type_within_bound_only)
