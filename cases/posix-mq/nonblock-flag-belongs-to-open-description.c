/*
 * O_NONBLOCK belongs to the open message queue description: set with
 * mq_setattr() in a child made by fork(), it shows in the parent's
 * descriptor too, while a separate mq_open() of the same queue keeps its
 * own setting.
 *
 * Ref: POSIX.1-2017 mq_setattr ("set attributes associated with the open
 * message queue description referenced by the message queue descriptor"),
 * fork ("Each of the message descriptors of the child shall refer to the
 * same open message queue description as the corresponding message
 * descriptor of the parent"), mq_open ("The mq_open() function shall create
 * an open message queue description"); mq_overview(7), fork(2)
 * DESCRIPTION.
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "O_NONBLOCK is shared through fork and separate for each mq_open",
          .ref = "POSIX.1-2017 mq_setattr, fork, mq_open; fork(2)", .features = "mq_open",
          .tags = "mq_setattr,fork,attributes");

static mqd_t q;

static long flags(mqd_t d)
{
	struct mq_attr attr;
	IPCS_MQ_ATTR(d, &attr);
	return attr.mq_flags & O_NONBLOCK;
}

static void set_nonblock_in_child(void *arg)
{
	(void)arg;
	struct mq_attr attr = {.mq_flags = O_NONBLOCK};
	IPCS_SAFE(mq_setattr(q, &attr, NULL));
}

IPCS_TEST(fork_shares_description)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR, 1, 16);
	IPCS_ASSERT_EQ(flags(q), 0);
	IPCS_EXPECT_CHILD_EXIT(ipcs_spawn(set_nonblock_in_child, NULL), 0);
	IPCS_EXPECT_EQ(flags(q), O_NONBLOCK);
	/* And the call obeys it: an empty queue answers at once. */
	char buf[16];
	IPCS_EXPECT_ERRNO(mq_receive(q, buf, sizeof buf, NULL), EAGAIN);
}

IPCS_TEST(separate_open_has_own_flag)
{
	char name[IPCS_MQ_NAME_MAX];
	q = IPCS_MQ_NEW(name, O_RDWR, 1, 16);
	mqd_t other = IPCS_MQ_OPEN(name, O_RDWR);
	struct mq_attr attr = {.mq_flags = O_NONBLOCK};
	IPCS_SAFE(mq_setattr(other, &attr, NULL));
	IPCS_ASSERT_EQ(flags(other), O_NONBLOCK);
	IPCS_EXPECT_EQ(flags(q), 0);
}

IPCS_MAIN(fork_shares_description, separate_open_has_own_flag)
