/*
 * mq_timedreceive() on an empty queue and mq_timedsend() on a full one fail
 * with EINVAL when abs_timeout has a negative tv_sec, and change nothing.
 *
 * Ref: mq_receive(3), mq_send(3) ERRORS ("EINVAL The call would have
 * blocked, and abs_timeout was invalid, either because tv_sec was less than
 * zero, or because tv_nsec was less than zero or greater than 1000
 * million"). POSIX.1-2017 names only the nanoseconds field, hence level
 * linux.
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a timed call that would block fails with EINVAL for a negative tv_sec",
          .ref = "mq_receive(3), mq_send(3) ERRORS EINVAL", .features = "mq_open",
          .tags = "mq_timedreceive,mq_timedsend,timeout");

static const struct timespec negative = {.tv_sec = -1, .tv_nsec = 0};

IPCS_TEST(receive_on_empty_queue_einval)
{
	char name[IPCS_MQ_NAME_MAX], buf[16];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 1, sizeof buf);
	IPCS_EXPECT_ERRNO(mq_timedreceive(q, buf, sizeof buf, NULL, &negative), EINVAL);
}

IPCS_TEST(send_on_full_queue_einval)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 1, 16);
	IPCS_MQ_PUT(q, "full", 0);
	IPCS_EXPECT_ERRNO(mq_timedsend(q, "more", 4, 0, &negative), EINVAL);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 1);
}

IPCS_MAIN(receive_on_empty_queue_einval, send_on_full_queue_einval)
