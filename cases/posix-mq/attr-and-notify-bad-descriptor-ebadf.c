/*
 * mq_getattr(), mq_setattr() and mq_notify() on a descriptor that is not an
 * open message queue descriptor fail with EBADF.
 *
 * Ref: mq_getattr(3) ERRORS ("EBADF The message queue descriptor specified
 * in mqdes is invalid"); mq_notify(3) ERRORS EBADF; POSIX.1-2017
 * mq_getattr, mq_setattr, mq_notify ERRORS ("[EBADF] The mqdes argument is
 * not a valid message queue descriptor").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_getattr, mq_setattr and mq_notify on a closed descriptor fail with EBADF",
          .ref = "mq_getattr(3), mq_notify(3) ERRORS EBADF; POSIX.1-2017 mq_getattr, mq_setattr, "
                 "mq_notify",
          .features = "mq_open", .tags = "mq_getattr,mq_setattr,mq_notify,descriptor");

IPCS_TEST(closed_descriptor_ebadf)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR, 2, 16);
	IPCS_SAFE(mq_close(q));
	struct mq_attr attr = {0};
	IPCS_EXPECT_ERRNO(mq_getattr(q, &attr), EBADF);
	IPCS_EXPECT_ERRNO(mq_setattr(q, &attr, NULL), EBADF);
	struct sigevent none = {.sigev_notify = SIGEV_NONE};
	IPCS_EXPECT_ERRNO(mq_notify(q, &none), EBADF);
}

IPCS_MAIN(closed_descriptor_ebadf)
