/*
 * Several senders and receivers working concurrently on one small queue,
 * each pair on its own type, lose, duplicate and reorder nothing: every
 * receiver gets exactly its type's messages, in the order they were sent.
 *
 * Ref: msgop(2) DESCRIPTION (msgsnd() "appends a copy of the message"; msgrcv()
 * with msgtyp > 0 reads "the first message in the queue of type msgtyp";
 * senders block "until space becomes available"); POSIX.1-2017 msgsnd,
 * msgrcv.
 */
#include <stdio.h>

#include "ipcsuite_msg.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "concurrent senders and receivers on distinct types lose nothing",
          .ref = "msgop(2) DESCRIPTION; POSIX.1-2017 msgsnd, msgrcv",
          .tags = "msgsnd,msgrcv,blocking,concurrency");

enum { PAIRS = 4, PER_PAIR = 300 };

static int msqid;

static void sender(void *arg)
{
	long type = (long)(intptr_t)arg;
	struct ipcs_msgbuf msg = {.mtype = type};
	for (int i = 0; i < PER_PAIR; i++) {
		int len = snprintf(msg.mtext, sizeof msg.mtext, "%ld:%d", type, i);
		IPCS_ASSERT_OK(msgsnd(msqid, &msg, (size_t)len, 0));
	}
}

static void receiver(void *arg)
{
	long type = (long)(intptr_t)arg;
	char want[32];
	for (int i = 0; i < PER_PAIR; i++) {
		struct ipcs_msgbuf msg;
		ssize_t got = msgrcv(msqid, &msg, sizeof msg.mtext, type, 0);
		IPCS_ASSERT_OK(got);
		int len = snprintf(want, sizeof want, "%ld:%d", type, i);
		IPCS_ASSERT_EQ(got, len);
		IPCS_ASSERT_EQ(msg.mtype, type);
		msg.mtext[got] = '\0';
		IPCS_EXPECT_STREQ(msg.mtext, want);
	}
}

IPCS_TEST(pairs_on_distinct_types)
{
	msqid = ipcs_msg_new();
	/* Small, so that senders keep blocking and waking. */
	IPCS_MSG_SET_QBYTES(msqid, 64);
	pid_t pids[2 * PAIRS];
	for (long t = 1; t <= PAIRS; t++) {
		pids[2 * (t - 1)] = ipcs_spawn(receiver, (void *)(intptr_t)t);
		pids[2 * (t - 1) + 1] = ipcs_spawn(sender, (void *)(intptr_t)t);
	}
	for (int i = 0; i < 2 * PAIRS; i++)
		IPCS_EXPECT_CHILD_EXIT(pids[i], 0);
	IPCS_MSG_EXPECT_EMPTY(msqid);
}

IPCS_MAIN(pairs_on_distinct_types)
