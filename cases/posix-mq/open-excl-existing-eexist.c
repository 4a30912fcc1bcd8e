/*
 * mq_open() with O_CREAT | O_EXCL of a name that already names a queue fails
 * with EEXIST, and the queue is left as it was.
 *
 * Ref: mq_open(3) ERRORS ("EEXIST Both O_CREAT and O_EXCL were specified in
 * oflag, but a queue with this name already exists"); POSIX.1-2017 mq_open
 * ("If O_EXCL and O_CREAT are set, mq_open() shall fail if the message queue
 * name exists"), ERRORS [EEXIST].
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_open with O_CREAT|O_EXCL of an existing name fails with EEXIST",
          .ref = "mq_open(3) ERRORS EEXIST; POSIX.1-2017 mq_open", .features = "mq_open",
          .tags = "mq_open,names");

IPCS_TEST(existing_name_eexist)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 4, 16);
	IPCS_MQ_PUT(q, "kept", 0);
	struct mq_attr other = {.mq_maxmsg = 2, .mq_msgsize = 32};
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &other), EEXIST);
	IPCS_EXPECT_ERRNO(ipcs_mq_try_open(name, O_RDONLY | O_CREAT | O_EXCL, 0600, NULL), EEXIST);
	struct mq_attr attr;
	IPCS_MQ_ATTR(q, &attr);
	IPCS_EXPECT_EQ(attr.mq_maxmsg, 4);
	IPCS_EXPECT_EQ(attr.mq_msgsize, 16);
	IPCS_MQ_EXPECT_RCV(q, "kept", 0);
}

IPCS_MAIN(existing_name_eexist)
