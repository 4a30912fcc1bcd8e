/*
 * mq_setattr() changes only the O_NONBLOCK flag of the descriptor: the
 * mq_maxmsg, mq_msgsize and mq_curmsgs it is given are ignored, and the
 * previous attributes are returned in oldattr.
 *
 * Ref: mq_setattr(3) (mq_getattr(3)) DESCRIPTION ("The only attribute that
 * can be modified is the setting of the O_NONBLOCK flag in mq_flags. The
 * other fields in newattr are ignored. If the oldattr field is not NULL,
 * then the buffer that it points to is used to return an mq_attr structure
 * that contains the same information that is returned by mq_getattr()");
 * POSIX.1-2017 mq_setattr ("The values of the mq_maxmsg, mq_msgsize, and
 * mq_curmsgs members of the mq_attr structure shall be ignored by
 * mq_setattr()").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_setattr changes only O_NONBLOCK and returns the old attributes",
          .ref = "mq_setattr(3) DESCRIPTION; POSIX.1-2017 mq_setattr", .features = "mq_open",
          .tags = "mq_setattr,attributes");

IPCS_TEST(only_nonblock_changes)
{
	char name[IPCS_MQ_NAME_MAX], buf[16];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 2, sizeof buf);
	IPCS_MQ_PUT(q, "m", 0);
	struct mq_attr want = {
	    .mq_flags = O_NONBLOCK, .mq_maxmsg = 9, .mq_msgsize = 99, .mq_curmsgs = 5};
	struct mq_attr old;
	IPCS_ASSERT_OK(mq_setattr(q, &want, &old));
	IPCS_EXPECT_EQ(old.mq_flags & O_NONBLOCK, 0);
	IPCS_EXPECT_EQ(old.mq_maxmsg, 2);
	IPCS_EXPECT_EQ(old.mq_msgsize, 16);
	IPCS_EXPECT_EQ(old.mq_curmsgs, 1);

	struct mq_attr now;
	IPCS_MQ_ATTR(q, &now);
	IPCS_EXPECT_EQ(now.mq_flags & O_NONBLOCK, O_NONBLOCK);
	IPCS_EXPECT_EQ(now.mq_maxmsg, 2);
	IPCS_EXPECT_EQ(now.mq_msgsize, 16);
	IPCS_EXPECT_EQ(now.mq_curmsgs, 1);
	/* The flag acts: an empty queue now answers EAGAIN instead of blocking. */
	IPCS_MQ_EXPECT_RCV(q, "m", 0);
	IPCS_EXPECT_ERRNO(mq_receive(q, buf, sizeof buf, NULL), EAGAIN);
}

IPCS_TEST(nonblock_cleared_again)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	struct mq_attr clear = {.mq_flags = 0}, old;
	IPCS_ASSERT_OK(mq_setattr(q, &clear, &old));
	IPCS_EXPECT_EQ(old.mq_flags & O_NONBLOCK, O_NONBLOCK);
	struct mq_attr now;
	IPCS_MQ_ATTR(q, &now);
	IPCS_EXPECT_EQ(now.mq_flags & O_NONBLOCK, 0);
}

IPCS_MAIN(only_nonblock_changes, nonblock_cleared_again)
