/*
 * mq_timedreceive() with a message waiting, and mq_timedsend() with room in
 * the queue, succeed even when abs_timeout is invalid: EINVAL for a bad
 * timespec is documented only for a call that would have blocked.
 *
 * Ref: mq_receive(3), mq_send(3) ERRORS ("EINVAL The call would have
 * blocked, and abs_timeout was invalid, either because tv_sec was less than
 * zero, or because tv_nsec was less than zero or greater than 1000
 * million"); mq_receive(3) DESCRIPTION (mq_timedreceive "behaves just like
 * mq_receive(), except that if the queue is empty ..."). POSIX.1-2017
 * mq_timedreceive, mq_timedsend leave it open ("The validity of the
 * abs_timeout parameter need not be checked if ..."), hence level linux.
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "a timed call that need not block succeeds despite an invalid abs_timeout",
          .ref = "mq_receive(3), mq_send(3) ERRORS EINVAL, DESCRIPTION", .features = "mq_open",
          .tags = "mq_timedreceive,mq_timedsend,timeout");

static const struct timespec bad[] = {{.tv_sec = 1, .tv_nsec = -1},
                                      {.tv_sec = 1, .tv_nsec = 1000000000L},
                                      {.tv_sec = -1, .tv_nsec = 0}};
#define NBAD (sizeof bad / sizeof bad[0])

IPCS_TEST(receive_with_message_waiting)
{
	char name[IPCS_MQ_NAME_MAX], buf[16];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, NBAD, sizeof buf);
	for (size_t i = 0; i < NBAD; i++)
		IPCS_MQ_PUT(q, "ready", 0);
	for (size_t i = 0; i < NBAD; i++)
		IPCS_EXPECT_OK(mq_timedreceive(q, buf, sizeof buf, NULL, &bad[i]));
}

IPCS_TEST(send_with_room)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, NBAD, 16);
	for (size_t i = 0; i < NBAD; i++)
		IPCS_EXPECT_OK(mq_timedsend(q, "room", 4, 0, &bad[i]));
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), NBAD);
}

IPCS_MAIN(receive_with_message_waiting, send_with_room)
