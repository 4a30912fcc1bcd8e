/*
 * mq_open() creating a queue with attr->mq_maxmsg or attr->mq_msgsize zero
 * or negative fails with EINVAL, and no queue is created.
 *
 * Ref: mq_open(3) ERRORS ("EINVAL O_CREAT was specified in oflag, and attr
 * was not NULL, but attr->mq_maxmsg or attr->mq_msqsize was invalid. Both of
 * these fields must be greater than zero"); POSIX.1-2017 mq_open ERRORS
 * ("[EINVAL] O_CREAT was specified in oflag, the value of attr is not NULL,
 * and either mq_maxmsg or mq_msgsize was less than or equal to zero").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_open with mq_maxmsg or mq_msgsize <= 0 fails with EINVAL",
          .ref = "mq_open(3) ERRORS EINVAL; POSIX.1-2017 mq_open ERRORS", .features = "mq_open",
          .tags = "mq_open,attributes");

static void check(long maxmsg, long msgsize)
{
	char name[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(name, sizeof name, "attr");
	struct mq_attr attr = {.mq_maxmsg = maxmsg, .mq_msgsize = msgsize};
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr), EINVAL);
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR, 0, NULL), ENOENT); /* nothing made */
}

IPCS_TEST(zero_maxmsg_einval)
{
	check(0, 8);
}

IPCS_TEST(negative_maxmsg_einval)
{
	check(-1, 8);
}

IPCS_TEST(zero_msgsize_einval)
{
	check(1, 0);
}

IPCS_TEST(negative_msgsize_einval)
{
	check(1, -1);
}

IPCS_MAIN(zero_maxmsg_einval, negative_maxmsg_einval, zero_msgsize_einval, negative_msgsize_einval)
