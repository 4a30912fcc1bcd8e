/*
 * mq_close() of a descriptor already closed fails with EBADF; the queue is
 * unaffected.
 *
 * Ref: mq_close(3) ERRORS ("EBADF The message queue descriptor specified in
 * mqdes is invalid"); POSIX.1-2017 mq_close ERRORS ("[EBADF] The mqdes
 * argument is not a valid message queue descriptor").
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX, .behavior = "mq_close of a closed descriptor fails with EBADF",
          .ref = "mq_close(3) ERRORS EBADF; POSIX.1-2017 mq_close", .features = "mq_open",
          .tags = "mq_close");

IPCS_TEST(second_close_ebadf)
{
	char name[IPCS_MQ_NAME_MAX];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 2, 16);
	mqd_t other = IPCS_MQ_OPEN(name, O_RDWR | O_NONBLOCK);
	IPCS_EXPECT_OK(mq_close(q));
	IPCS_EXPECT_ERRNO(mq_close(q), EBADF);
	IPCS_MQ_PUT(other, "fine", 0);
	IPCS_MQ_EXPECT_RCV(other, "fine", 0);
}

IPCS_MAIN(second_close_ebadf)
