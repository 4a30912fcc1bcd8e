/*
 * mq_send() of a message longer than the queue's mq_msgsize fails with
 * EMSGSIZE and queues nothing; exactly mq_msgsize bytes are accepted.
 *
 * Ref: mq_send(3) ERRORS ("EMSGSIZE msg_len was greater than the mq_msgsize
 * attribute of the message queue"); POSIX.1-2017 mq_send ERRORS
 * ("[EMSGSIZE] The specified message length, msg_len, exceeds the message
 * size attribute of the message queue").
 */
#include <string.h>

#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_send of more than mq_msgsize bytes fails with EMSGSIZE",
          .ref = "mq_send(3) ERRORS EMSGSIZE; POSIX.1-2017 mq_send ERRORS", .features = "mq_open",
          .tags = "mq_send,size");

IPCS_TEST(too_long_emsgsize)
{
	char name[IPCS_MQ_NAME_MAX], msg[17];
	memset(msg, 'm', sizeof msg);
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 4, 16);
	IPCS_EXPECT_ERRNO(mq_send(q, msg, 17, 0), EMSGSIZE);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 0);
	IPCS_EXPECT_OK(mq_send(q, msg, 16, 0));
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 1);
}

IPCS_MAIN(too_long_emsgsize)
