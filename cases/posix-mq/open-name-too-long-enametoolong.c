/*
 * mq_open() of a name longer than NAME_MAX (255) characters after the slash
 * fails with ENAMETOOLONG; a name of exactly NAME_MAX characters works.
 *
 * Ref: mq_open(3) ERRORS ("ENAMETOOLONG name was too long");
 * mq_overview(7) Message queue names ("a null-terminated string of up to
 * NAME_MAX (i.e., 255) characters consisting of an initial slash, followed
 * by one or more characters").
 */
#include <limits.h>
#include <string.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_LINUX,
          .behavior = "mq_open of a name longer than NAME_MAX fails with ENAMETOOLONG",
          .ref = "mq_open(3) ERRORS ENAMETOOLONG; mq_overview(7) Message queue names",
          .features = "mq_open", .tags = "mq_open,names");

IPCS_TEST(name_above_name_max_enametoolong)
{
	char name[NAME_MAX + 3];
	ipcs_unique_long_name(name, sizeof name, "long", NAME_MAX + 1);
	struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 8};
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr),
	                  ENAMETOOLONG);
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR, 0, NULL), ENAMETOOLONG);
}

IPCS_TEST(name_of_name_max_accepted)
{
	char name[NAME_MAX + 2];
	ipcs_unique_long_name(name, sizeof name, "long", NAME_MAX);
	struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 8};
	mqd_t q;
	IPCS_EXPECT_OK(q = ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr));
	if (q != (mqd_t)-1)
		mq_close(q);
}

IPCS_MAIN(name_above_name_max_enametoolong, name_of_name_max_accepted)
