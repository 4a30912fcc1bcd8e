/*
 * mq_unlink() of a name longer than NAME_MAX (255) characters after the
 * slash fails with ENAMETOOLONG, where a missing name of exactly NAME_MAX
 * characters gets ENOENT.
 *
 * Ref: mq_unlink(3) ERRORS ("ENAMETOOLONG name was too long", "ENOENT There
 * is no message queue with the given name"); mq_overview(7) Message queue
 * names ("up to NAME_MAX (i.e., 255) characters").
 */
#include <limits.h>
#include <string.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mq_unlink of a name longer than NAME_MAX fails with ENAMETOOLONG",
          .ref = "mq_unlink(3) ERRORS; mq_overview(7) Message queue names", .features = "mq_open",
          .tags = "mq_unlink,names");

IPCS_TEST(unlink_above_name_max_enametoolong)
{
	char name[NAME_MAX + 3];
	ipcs_unique_long_name(name, sizeof name, "long", NAME_MAX + 1);
	IPCS_EXPECT_ERRNO(mq_unlink(name), ENAMETOOLONG);
}

IPCS_TEST(unlink_of_name_max_is_looked_up)
{
	char name[NAME_MAX + 2];
	ipcs_unique_long_name(name, sizeof name, "long", NAME_MAX);
	IPCS_EXPECT_ERRNO(mq_unlink(name), ENOENT);
}

IPCS_MAIN(unlink_above_name_max_enametoolong, unlink_of_name_max_is_looked_up)
