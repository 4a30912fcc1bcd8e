/*
 * mq_open() of the name "/" alone, with or without O_CREAT, fails with
 * ENOENT and creates nothing.
 *
 * Ref: mq_open(3) ERRORS ("ENOENT name was just \"/\" followed by no other
 * characters"); mq_overview(7) Message queue names ("an initial slash,
 * followed by one or more characters").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX, .behavior = "mq_open of \"/\" alone fails with ENOENT",
          .ref = "mq_open(3) ERRORS ENOENT; mq_overview(7) Message queue names",
          .features = "mq_open", .tags = "mq_open,names");

IPCS_TEST(slash_alone_enoent)
{
	struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 8};
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open("/", O_RDWR, 0, NULL), ENOENT);
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open("/", O_RDWR | O_CREAT | O_EXCL, 0600, &attr), ENOENT);
}

IPCS_MAIN(slash_alone_enoent)
