/*
 * mq_receive() on an empty queue whose descriptor has O_NONBLOCK fails at
 * once with EAGAIN.
 *
 * Ref: mq_receive(3) DESCRIPTION ("If the queue is empty ... if the
 * O_NONBLOCK flag is enabled for the message queue description, then the
 * call instead fails immediately with the error EAGAIN"), ERRORS EAGAIN;
 * POSIX.1-2017 mq_receive ERRORS [EAGAIN].
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_receive on an empty O_NONBLOCK queue fails with EAGAIN",
          .ref = "mq_receive(3) DESCRIPTION, ERRORS EAGAIN; POSIX.1-2017 mq_receive",
          .features = "mq_open", .tags = "mq_receive,empty,nonblocking");

IPCS_TEST(empty_queue_eagain)
{
	char name[IPCS_MQ_NAME_MAX], buf[8];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, sizeof buf);
	IPCS_EXPECT_ERRNO(mq_receive(q, buf, sizeof buf, NULL), EAGAIN);
	IPCS_MQ_PUT(q, "x", 0);
	IPCS_MQ_EXPECT_RCV(q, "x", 0);
	IPCS_EXPECT_ERRNO(mq_receive(q, buf, sizeof buf, NULL), EAGAIN); /* drained */
}

IPCS_MAIN(empty_queue_eagain)
