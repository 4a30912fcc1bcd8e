/*
 * mq_setattr() with bits other than O_NONBLOCK in mq_flags fails with
 * EINVAL and leaves the descriptor's flags as they were.
 *
 * Ref: mq_getattr(3) ERRORS ("EINVAL newattr->mq_flags contained set bits
 * other than O_NONBLOCK").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mq_setattr with mq_flags bits other than O_NONBLOCK fails with EINVAL",
          .ref = "mq_getattr(3) ERRORS EINVAL", .features = "mq_open",
          .tags = "mq_setattr,attributes");

IPCS_TEST(other_flag_bits_einval)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 2, 16);
	struct mq_attr bad = {.mq_flags = O_NONBLOCK | O_APPEND};
	IPCS_EXPECT_ERRNO(mq_setattr(q, &bad, NULL), EINVAL);
	bad.mq_flags = O_RDWR;
	IPCS_EXPECT_ERRNO(mq_setattr(q, &bad, NULL), EINVAL);
	struct mq_attr now;
	IPCS_MQ_ATTR(q, &now);
	IPCS_EXPECT_EQ(now.mq_flags & O_NONBLOCK, 0); /* the O_NONBLOCK asked for was not set */
}

IPCS_MAIN(other_flag_bits_einval)
