/*
 * mq_open() of a name that does not begin with a slash fails with EINVAL.
 *
 * Ref: mq_open(3) ERRORS ("EINVAL name doesn't follow the format in
 * mq_overview(7)"); mq_overview(7) Message queue names ("Each message
 * queue is identified by a name of the form /somename"). POSIX leaves such
 * names implementation-defined, hence level linux.
 */
#include <string.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mq_open of a name without a leading slash fails with EINVAL",
          .ref = "mq_open(3) ERRORS EINVAL; mq_overview(7) Message queue names",
          .features = "mq_open", .tags = "mq_open,names");

IPCS_TEST(name_without_slash_einval)
{
	char name[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(name, sizeof name, "noslash");
	const char *bare = name + 1; /* the same name without its '/' */
	struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 8};
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(bare, O_RDWR | O_CREAT | O_EXCL, 0600, &attr), EINVAL);
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(bare, O_RDWR, 0, NULL), EINVAL);
}

IPCS_MAIN(name_without_slash_einval)
