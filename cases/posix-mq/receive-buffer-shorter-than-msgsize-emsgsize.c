/*
 * mq_receive() with msg_len less than the queue's mq_msgsize fails with
 * EMSGSIZE, even when the waiting message would fit, and the message stays
 * in the queue.
 *
 * Ref: mq_receive(3) ERRORS ("EMSGSIZE msg_len was less than the mq_msgsize
 * attribute of the message queue"); POSIX.1-2017 mq_receive ("If the value
 * of msg_len is less than the mq_msgsize attribute of the message queue,
 * the function shall fail and return an error"), ERRORS [EMSGSIZE].
 */
#include "ipcsuite_posix_mq.h"

IPCS_CASE(.level = IPCS_LEVEL_POSIX,
          .behavior = "mq_receive with a buffer shorter than mq_msgsize fails with EMSGSIZE",
          .ref = "mq_receive(3) ERRORS EMSGSIZE; POSIX.1-2017 mq_receive", .features = "mq_open",
          .tags = "mq_receive,size");

IPCS_TEST(short_buffer_emsgsize_message_kept)
{
	char name[IPCS_MQ_NAME_MAX], buf[32];
	mqd_t q = IPCS_MQ_NEW(name, O_RDWR | O_NONBLOCK, 4, 32);
	IPCS_MQ_PUT(q, "tiny", 3);
	IPCS_EXPECT_ERRNO(mq_receive(q, buf, 31, NULL), EMSGSIZE);
	IPCS_EXPECT_ERRNO(mq_receive(q, buf, 4, NULL), EMSGSIZE);
	IPCS_EXPECT_EQ(IPCS_MQ_CURMSGS(q), 1);
	IPCS_MQ_EXPECT_RCV(q, "tiny", 3);
}

IPCS_MAIN(short_buffer_emsgsize_message_kept)
