/*
 * mq_receive() removes the oldest message of the highest priority, whatever
 * the order in which the priorities were sent.
 *
 * Ref: mq_receive(3) DESCRIPTION ("mq_receive() removes the oldest message
 * with the highest priority from the message queue"); mq_send(3)
 * DESCRIPTION ("Messages are placed on the queue in decreasing order of
 * priority"); POSIX.1-2017 mq_receive ("the oldest of the highest priority
 * message(s) shall be removed").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_receive takes the highest-priority message first",
          .ref = "mq_receive(3), mq_send(3) DESCRIPTION; POSIX.1-2017 mq_receive",
          .features = "mq_open", .tags = "mq_receive,priority");

IPCS_TEST(highest_priority_first)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 8, 16);
	IPCS_MQ_PUT(q, "low", 1);
	IPCS_MQ_PUT(q, "high", 30);
	IPCS_MQ_PUT(q, "zero", 0);
	IPCS_MQ_PUT(q, "mid", 7);
	IPCS_MQ_EXPECT_RCV(q, "high", 30);
	IPCS_MQ_EXPECT_RCV(q, "mid", 7);
	IPCS_MQ_EXPECT_RCV(q, "low", 1);
	IPCS_MQ_EXPECT_RCV(q, "zero", 0);
}

IPCS_TEST(later_higher_priority_overtakes)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 8, 16);
	IPCS_MQ_PUT(q, "first", 2);
	IPCS_MQ_EXPECT_RCV(q, "first", 2);
	IPCS_MQ_PUT(q, "second", 2);
	IPCS_MQ_PUT(q, "urgent", 3);
	IPCS_MQ_EXPECT_RCV(q, "urgent", 3);
	IPCS_MQ_EXPECT_RCV(q, "second", 2);
}

IPCS_MAIN(highest_priority_first, later_higher_priority_overtakes)
