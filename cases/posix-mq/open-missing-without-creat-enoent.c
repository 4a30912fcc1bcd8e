/*
 * mq_open() without O_CREAT of a name that names no queue fails with ENOENT.
 *
 * Ref: mq_open(3) ERRORS ("ENOENT The O_CREAT flag was not specified in
 * oflag, and no queue with this name exists"); POSIX.1-2017 mq_open ERRORS
 * ("[ENOENT] O_CREAT is not set and the named message queue does not
 * exist").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_open without O_CREAT of a missing name fails with ENOENT",
          .ref = "mq_open(3) ERRORS ENOENT; POSIX.1-2017 mq_open ERRORS", .features = "mq_open",
          .tags = "mq_open,names");

IPCS_TEST(missing_name_enoent)
{
	char name[IPCS_MQ_NAME_MAX];
	ipcs_unique_name(name, sizeof name, "missing");
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDONLY, 0, NULL), ENOENT);
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR | O_EXCL, 0600, NULL), ENOENT);
}

IPCS_TEST(unlinked_name_enoent)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 1, 8);
	IPCS_SAFE(mq_close(q));
	IPCS_SAFE(mq_unlink(name));
	ipcs_untrack(IPCS_OBJ_MQ, 0, name);
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR, 0, NULL), ENOENT);
}

IPCS_MAIN(missing_name_enoent, unlinked_name_enoent)
