/*
 * mq_open() with O_CREAT (without O_EXCL) of an existing queue opens that
 * queue: its messages are there and the attr argument is ignored.
 *
 * Ref: mq_open(3) DESCRIPTION ("O_CREAT Create the message queue if it does
 * not exist"); POSIX.1-2017 mq_open ("O_CREAT ... If name refers to a
 * message queue that already exists, this flag has no effect, except as
 * noted under O_EXCL").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_open with O_CREAT of an existing queue opens it and ignores attr",
          .ref = "mq_open(3) DESCRIPTION O_CREAT; POSIX.1-2017 mq_open", .features = "mq_open",
          .tags = "mq_open,names");

IPCS_TEST(creat_opens_existing_queue)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 3, 20);
	IPCS_MQ_PUT(q, "already here", 5);
	struct mq_attr other = {.mq_maxmsg = 1, .mq_msgsize = 64};
	mqd_t again;
	IPCS_ASSERT_OK(again = ipcs_mq_try_open(name, O_RDWR | O_CREAT, 0600, &other));
	struct mq_attr attr;
	IPCS_MQ_ATTR(again, &attr);
	IPCS_EXPECT_EQ(attr.mq_maxmsg, 3);
	IPCS_EXPECT_EQ(attr.mq_msgsize, 20);
	IPCS_EXPECT_EQ(attr.mq_curmsgs, 1);
	IPCS_MQ_EXPECT_RCV(again, "already here", 5);
}

IPCS_MAIN(creat_opens_existing_queue)
