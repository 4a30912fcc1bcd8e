/*
 * mq_receive() without O_NONBLOCK on an empty queue blocks until a message
 * is sent, and then returns that message.
 *
 * Ref: mq_receive(3) DESCRIPTION ("If the queue is empty, then, by default,
 * mq_receive() blocks until a message becomes available"); POSIX.1-2017
 * mq_receive ("mq_receive() shall block until a message is enqueued on the
 * message queue").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_receive on an empty queue blocks until a message is sent",
          .ref = "mq_receive(3) DESCRIPTION; POSIX.1-2017 mq_receive", .features = "mq_open",
          .tags = "mq_receive,empty,blocking");

static mqd_t q;

static void receiver(void *arg)
{
	(void)arg;
	IPCS_MQ_EXPECT_RCV(q, "wake", 6);
}

IPCS_TEST(blocked_receiver_gets_sent_message)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR, 2, 8);
	pid_t pid = ipcs_spawn(receiver, NULL);
	IPCS_EXPECT_BLOCKED_IN(pid, "mq_receive");
	IPCS_MQ_PUT(q, "wake", 6);
	IPCS_EXPECT_CHILD_EXIT(pid, 0);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 0);
}

IPCS_MAIN(blocked_receiver_gets_sent_message)
