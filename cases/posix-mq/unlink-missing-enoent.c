/*
 * mq_unlink() of a name that names no queue fails with ENOENT, also the
 * second time for a name just unlinked.
 *
 * Ref: mq_unlink(3) ERRORS ("ENOENT There is no message queue with the given
 * name"); POSIX.1-2017 mq_unlink ERRORS ("[ENOENT] The named message queue
 * does not exist").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "mq_unlink of a missing name fails with ENOENT",
          .ref = "mq_unlink(3) ERRORS ENOENT; POSIX.1-2017 mq_unlink", .features = "mq_open",
          .tags = "mq_unlink");

IPCS_TEST(unlink_missing_enoent)
{
	char name[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(name, sizeof name, "never");
	IPCS_EXPECT_ERRNO(mq_unlink(name), ENOENT);
}

IPCS_TEST(unlink_twice_enoent)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 1, 8);
	IPCS_SAFE(mq_close(q));
	IPCS_ASSERT_OK(mq_unlink(name));
	ipcs_untrack(IPCS_OBJ_MQ, 0, name);
	IPCS_EXPECT_ERRNO(mq_unlink(name), ENOENT);
}

IPCS_MAIN(unlink_missing_enoent, unlink_twice_enoent)
