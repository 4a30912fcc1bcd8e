/*
 * mq_send() on a full queue whose descriptor has O_NONBLOCK fails at once
 * with EAGAIN, and the queue keeps its messages.
 *
 * Ref: mq_send(3) DESCRIPTION ("If the queue is full ... if the O_NONBLOCK
 * flag is enabled for the message queue description, then the call instead
 * fails immediately with the error EAGAIN"), ERRORS EAGAIN; POSIX.1-2017
 * mq_send ERRORS [EAGAIN].
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_send on a full O_NONBLOCK queue fails with EAGAIN",
          .ref = "mq_send(3) DESCRIPTION, ERRORS EAGAIN; POSIX.1-2017 mq_send",
          .features = "mq_open", .tags = "mq_send,full,nonblocking");

IPCS_TEST(full_queue_eagain)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 8);
	IPCS_MQ_PUT(q, "one", 0);
	IPCS_MQ_PUT(q, "two", 0);
	IPCS_EXPECT_ERRNO(mq_send(q, "three", 5, 0), EAGAIN);
	IPCS_EXPECT_ERRNO(mq_send(q, "urgent", 6, 31), EAGAIN); /* priority makes no room */
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 2);
	IPCS_MQ_EXPECT_RCV(q, "one", 0);
	IPCS_EXPECT_OK(mq_send(q, "three", 5, 0)); /* room again */
}

IPCS_MAIN(full_queue_eagain)
