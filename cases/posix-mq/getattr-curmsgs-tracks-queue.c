/*
 * mq_getattr() reports the queue's mq_maxmsg and mq_msgsize as created, and
 * mq_curmsgs as the number of messages currently queued, following every
 * send and receive.
 *
 * Ref: mq_getattr(3) DESCRIPTION ("mq_curmsgs Number of messages currently
 * in queue"); POSIX.1-2017 mq_getattr ("mq_curmsgs The number of messages
 * currently on the queue").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_getattr reports the creation attributes and the current message count",
          .ref = "mq_getattr(3) DESCRIPTION; POSIX.1-2017 mq_getattr", .features = "mq_open",
          .tags = "mq_getattr,attributes");

IPCS_TEST(curmsgs_follows_queue)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 3, 24);
	struct mq_attr attr;
	IPCS_ASSERT_OK(mq_getattr(q, &attr));
	IPCS_EXPECT_EQ(attr.mq_maxmsg, 3);
	IPCS_EXPECT_EQ(attr.mq_msgsize, 24);
	IPCS_EXPECT_EQ(attr.mq_curmsgs, 0);
	IPCS_EXPECT_EQ(attr.mq_flags & O_NONBLOCK, 0);
	IPCS_MQ_PUT(q, "a", 0);
	IPCS_MQ_PUT(q, "b", 1);
	IPCS_ASSERT_OK(mq_getattr(q, &attr));
	IPCS_EXPECT_EQ(attr.mq_curmsgs, 2);
	IPCS_MQ_PUT(q, "c", 2);
	IPCS_ASSERT_OK(mq_getattr(q, &attr));
	IPCS_EXPECT_EQ(attr.mq_curmsgs, 3);
	IPCS_MQ_EXPECT_RCV(q, "c", 2);
	IPCS_ASSERT_OK(mq_getattr(q, &attr));
	IPCS_EXPECT_EQ(attr.mq_curmsgs, 2);
}

IPCS_TEST(nonblock_flag_reported)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 1, 8);
	struct mq_attr attr;
	IPCS_ASSERT_OK(mq_getattr(q, &attr));
	IPCS_EXPECT_EQ(attr.mq_flags & O_NONBLOCK, O_NONBLOCK);
}

IPCS_MAIN(curmsgs_follows_queue, nonblock_flag_reported)
