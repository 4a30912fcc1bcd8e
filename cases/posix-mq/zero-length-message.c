/*
 * A zero-length message can be sent and received: it occupies a slot,
 * keeps its priority, and mq_receive() returns 0 for it.
 *
 * Ref: mq_send(3) DESCRIPTION ("msg_len specifies the length of the
 * message pointed to by msg_ptr; this length must be less than or equal to
 * the queue's mq_msgsize attribute. Zero-length messages are allowed.").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a zero-length message is queued and received with length 0",
          .ref = "mq_send(3) DESCRIPTION", .features = "mq_open", .tags = "mq_send,size");

IPCS_TEST(zero_length_round_trip)
{
	char name[IPCS_MQ_NAME_MAX], buf[16];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, sizeof buf);
	IPCS_EXPECT_OK(mq_send(q, "", 0, 4));
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 1);
	IPCS_MQ_PUT(q, "later", 1);
	unsigned prio = 0;
	IPCS_EXPECT_EQ(mq_receive(q, buf, sizeof buf, &prio), 0);
	IPCS_EXPECT_EQ(prio, 4);
	IPCS_MQ_EXPECT_RCV(q, "later", 1);
}

IPCS_MAIN(zero_length_round_trip)
