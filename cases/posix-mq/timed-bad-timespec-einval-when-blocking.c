/*
 * mq_timedreceive() on an empty queue and mq_timedsend() on a full one fail
 * with EINVAL when abs_timeout has tv_nsec below 0 or at or above 1000
 * million.
 *
 * Ref: mq_receive(3), mq_send(3) ERRORS ("EINVAL The call would have
 * blocked, and abs_timeout was invalid, either because tv_sec was less than
 * zero, or because tv_nsec was less than zero or greater than 1000
 * million"); POSIX.1-2017 mq_timedreceive, mq_timedsend ERRORS ("[EINVAL]
 * The process or thread would have blocked, and the abs_timeout parameter
 * specified a nanoseconds field value less than zero or greater than or
 * equal to 1000 million").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "a timed call that would block fails with EINVAL for a bad tv_nsec",
          .ref = "mq_receive(3), mq_send(3) ERRORS EINVAL; POSIX.1-2017 mq_timedreceive, "
                 "mq_timedsend",
          .features = "mq_open", .tags = "mq_timedreceive,mq_timedsend,timeout");

static const long bad_nsec[] = {-1, 1000000000L, 2000000000L};

IPCS_TEST(receive_on_empty_queue_einval)
{
	char name[IPCS_MQ_NAME_MAX], buf[16];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 1, sizeof buf);
	for (size_t i = 0; i < sizeof bad_nsec / sizeof bad_nsec[0]; i++) {
		struct timespec ts = ipcs_deadline_ms(CLOCK_REALTIME, 1000);
		ts.tv_nsec = bad_nsec[i];
		IPCS_EXPECT_ERRNO(mq_timedreceive(q, buf, sizeof buf, NULL, &ts), EINVAL);
	}
}

IPCS_TEST(send_on_full_queue_einval)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 1, 16);
	IPCS_MQ_PUT(q, "full", 0);
	for (size_t i = 0; i < sizeof bad_nsec / sizeof bad_nsec[0]; i++) {
		struct timespec ts = ipcs_deadline_ms(CLOCK_REALTIME, 1000);
		ts.tv_nsec = bad_nsec[i];
		IPCS_EXPECT_ERRNO(mq_timedsend(q, "more", 4, 0, &ts), EINVAL);
	}
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 1);
}

IPCS_MAIN(receive_on_empty_queue_einval, send_on_full_queue_einval)
