/*
 * Messages of the same priority are received in the order they were sent,
 * also when messages of other priorities are interleaved.
 *
 * Ref: mq_send(3) DESCRIPTION ("messages with the same priority are placed
 * on the queue after older messages with the same priority"); POSIX.1-2017
 * mq_send ("A message shall be inserted after other messages in the queue,
 * if any, with equal msg_prio").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "messages of equal priority are received in the order sent",
          .ref = "mq_send(3) DESCRIPTION; POSIX.1-2017 mq_send", .features = "mq_open",
          .tags = "mq_receive,priority,fifo");

IPCS_TEST(fifo_within_priority)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 8, 16);
	IPCS_MQ_PUT(q, "a1", 5);
	IPCS_MQ_PUT(q, "b1", 9);
	IPCS_MQ_PUT(q, "a2", 5);
	IPCS_MQ_PUT(q, "b2", 9);
	IPCS_MQ_PUT(q, "a3", 5);
	IPCS_MQ_PUT(q, "b3", 9);
	IPCS_MQ_EXPECT_RCV(q, "b1", 9);
	IPCS_MQ_EXPECT_RCV(q, "b2", 9);
	IPCS_MQ_EXPECT_RCV(q, "b3", 9);
	IPCS_MQ_EXPECT_RCV(q, "a1", 5);
	IPCS_MQ_EXPECT_RCV(q, "a2", 5);
	IPCS_MQ_EXPECT_RCV(q, "a3", 5);
}

IPCS_MAIN(fifo_within_priority)
