/*
 * mq_send() without O_NONBLOCK on a full queue blocks until a receive makes
 * room; its message is then queued.
 *
 * Ref: mq_send(3) DESCRIPTION ("If the message queue is already full ...
 * then, by default, mq_send() blocks until sufficient space becomes
 * available to allow the message to be queued"); POSIX.1-2017 mq_send
 * ("mq_send() shall block until space becomes available to enqueue the
 * message").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_send on a full queue blocks until a receive makes room",
          .ref = "mq_send(3) DESCRIPTION; POSIX.1-2017 mq_send", .features = "mq_open",
          .tags = "mq_send,full,blocking");

static mqd_t q;

static void sender(void *arg)
{
	(void)arg;
	IPCS_EXPECT_OK(mq_send(q, "late", 4, 3));
}

IPCS_TEST(blocked_sender_completes_after_receive)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR, 1, 8);
	IPCS_MQ_PUT(q, "first", 1);
	pid_t pid = ipcs_spawn(sender, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "mq_send");
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 1);
	IPCS_MQ_EXPECT_RCV(q, "first", 1); /* makes room */
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_MQ_EXPECT_RCV(q, "late", 3);
}

IPCS_MAIN(blocked_sender_completes_after_receive)
