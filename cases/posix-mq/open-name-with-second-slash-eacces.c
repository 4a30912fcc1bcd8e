/*
 * mq_open() of a name with a slash after the leading one fails with EACCES.
 *
 * Ref: mq_open(3) ERRORS ("EACCES name contained more than one slash");
 * mq_overview(7) Message queue names ("consisting of an initial slash,
 * followed by one or more characters, none of which are slashes").
 */
#include <stdio.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mq_open of a name holding a second slash fails with EACCES",
          .ref = "mq_open(3) ERRORS EACCES; mq_overview(7) Message queue names",
          .features = "mq_open", .tags = "mq_open,names");

IPCS_TEST(inner_slash_eacces)
{
	char base[IPCS_MQ_NAME_MAX], name[IPCS_MQ_NAME_MAX + 8];
	ipcs_unique_name(base, sizeof base, "dir");
	snprintf(name, sizeof name, "%s/q", base);
	struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 8};
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr), EACCES);
}

IPCS_MAIN(inner_slash_eacces)
